"""The Table 2 study's bookkeeping: who found a mask and what proved it minimal."""

from __future__ import annotations

from bench_scripts import load_script

study = load_script("mnist_fullnet")


def test_old_proof_column_reads_as_the_two_new_ones():
    old = {"status": "optimal", "strategy": "milp", "proof": "MILP + enumeration"}
    assert study.row_provenance(old) == ("MILP solver", study.PROOF_ENUMERATION)
    only = {"status": "optimal", "strategy": "milp", "proof": "enumeration only"}
    assert study.row_provenance(only) == ("exact enumeration", study.PROOF_ENUMERATION)
    z3 = {"status": "optimal", "strategy": "ascend"}
    assert study.row_provenance(z3) == ("z3", study.PROOF_Z3_SEARCH)
    new = {"status": "optimal", "mask_found_by": "warm start (greedy or hint)",
           "optimality_proof": study.PROOF_ENUMERATION, "proof": "ignored"}
    assert study.row_provenance(new) == ("warm start (greedy or hint)", study.PROOF_ENUMERATION)


def test_agreement_matches_images_by_index_not_by_position():
    a = [{"order": "0", "index": "7", "status": "optimal", "mask_size": "3", "bound": "3"},
         {"order": "1", "index": "9", "status": "feasible", "mask_size": "5", "bound": "4"}]
    b = [{"order": "0", "index": "9", "status": "optimal", "mask_size": "3", "bound": "3"}]
    g = study.agreement(a, b)
    assert g["images"] == 1 and g["only_b"] == 1 and g["bound_conflicts"] == 1
