* smug MaskProblem 'img_chelsea_k100_g0.5_c4': 3136 variables, 100 rows, 328 non-zeros
* RESTRICTED rows (as smug's MILP backends at tightening level 3):
* a mask meeting them within a 1e-6 tolerance satisfies the exact rows;
* strict '>' rows and real-valued rows carry a margin of ~1e-4 (scaled),
* rows on a coarse binary grid are exact. The optimum is an upper bound.
* row i is the MaskProblem's row i times a power of two (exact);
* 17 significant digits (exact float64); verify masks with smug.verify
NAME img_chelsea_k100_g0.5_c4
ROWS
 N obj
 G r0
 G r1
 G r2
 G r3
 G r4
 G r5
 G r6
 G r7
 G r8
 G r9
 G r10
 G r11
 G r12
 G r13
 G r14
 G r15
 G r16
 G r17
 G r18
 G r19
 G r20
 G r21
 G r22
 G r23
 G r24
 G r25
 G r26
 G r27
 G r28
 G r29
 G r30
 G r31
 G r32
 G r33
 G r34
 G r35
 G r36
 G r37
 G r38
 G r39
 G r40
 G r41
 G r42
 G r43
 G r44
 G r45
 G r46
 G r47
 G r48
 G r49
 G r50
 G r51
 G r52
 G r53
 G r54
 G r55
 G r56
 G r57
 G r58
 G r59
 G r60
 G r61
 G r62
 G r63
 G r64
 G r65
 G r66
 G r67
 G r68
 G r69
 G r70
 G r71
 G r72
 G r73
 G r74
 G r75
 G r76
 G r77
 G r78
 G r79
 G r80
 G r81
 G r82
 G r83
 G r84
 G r85
 G r86
 G r87
 G r88
 G r89
 G r90
 G r91
 G r92
 G r93
 G r94
 G r95
 G r96
 G r97
 G r98
 G r99
COLUMNS
 MARKER 'MARKER' 'INTORG'
 m0 obj 1
 m1 obj 1
 m2 obj 1
 m3 obj 1
 m4 obj 1
 m5 obj 1
 m6 obj 1
 m7 obj 1
 m8 obj 1
 m9 obj 1
 m10 obj 1
 m11 obj 1
 m12 obj 1
 m13 obj 1
 m14 obj 1
 m15 obj 1
 m16 obj 1
 m17 obj 1
 m18 obj 1
 m19 obj 1
 m20 obj 1
 m21 obj 1
 m22 obj 1
 m23 obj 1
 m24 obj 1
 m25 obj 1
 m26 obj 1
 m27 obj 1
 m28 obj 1
 m29 obj 1
 m30 obj 1
 m31 obj 1
 m32 obj 1
 m33 obj 1
 m34 obj 1
 m35 obj 1
 m36 obj 1
 m37 obj 1
 m38 obj 1
 m39 obj 1
 m40 obj 1
 m41 obj 1
 m42 obj 1
 m43 obj 1
 m44 obj 1
 m45 obj 1
 m46 obj 1
 m47 obj 1
 m48 obj 1
 m49 obj 1
 m50 obj 1
 m51 obj 1
 m52 obj 1
 m53 obj 1
 m54 obj 1
 m55 obj 1
 m56 obj 1
 m57 obj 1
 m58 obj 1
 m59 obj 1
 m60 obj 1
 m61 obj 1
 m62 obj 1
 m63 obj 1
 m63 r32 0.86733104850042197
 m64 obj 1
 m64 r32 0.50899492298090065
 m65 obj 1
 m66 obj 1
 m67 obj 1
 m68 obj 1
 m69 obj 1
 m70 obj 1
 m71 obj 1
 m72 obj 1
 m73 obj 1
 m74 obj 1
 m75 obj 1
 m76 obj 1
 m77 obj 1
 m78 obj 1
 m79 obj 1
 m80 obj 1
 m81 obj 1
 m82 obj 1
 m83 obj 1
 m84 obj 1
 m85 obj 1
 m86 obj 1
 m87 obj 1
 m88 obj 1
 m89 obj 1
 m90 obj 1
 m91 obj 1
 m92 obj 1
 m93 obj 1
 m93 r23 0.68172092107780902
 m93 r38 0.52578128978456307
 m93 r42 0.53771005995390575
 m94 obj 1
 m94 r23 0.4207910590691023
 m95 obj 1
 m96 obj 1
 m97 obj 1
 m98 obj 1
 m99 obj 1
 m100 obj 1
 m101 obj 1
 m102 obj 1
 m103 obj 1
 m104 obj 1
 m105 obj 1
 m106 obj 1
 m107 obj 1
 m108 obj 1
 m109 obj 1
 m110 obj 1
 m111 obj 1
 m112 obj 1
 m113 obj 1
 m114 obj 1
 m115 obj 1
 m116 obj 1
 m117 obj 1
 m118 obj 1
 m119 obj 1
 m119 r32 -0.072543612049758913
 m120 obj 1
 m120 r32 0.090716809993819619
 m121 obj 1
 m122 obj 1
 m122 r58 0.55588257993805468
 m123 obj 1
 m123 r58 0.29750078729615892
 m124 obj 1
 m125 obj 1
 m126 obj 1
 m127 obj 1
 m128 obj 1
 m129 obj 1
 m130 obj 1
 m131 obj 1
 m132 obj 1
 m133 obj 1
 m134 obj 1
 m135 obj 1
 m136 obj 1
 m137 obj 1
 m137 r67 0.90002648405640562
 m138 obj 1
 m138 r67 0.58513730411525389
 m139 obj 1
 m140 obj 1
 m141 obj 1
 m142 obj 1
 m143 obj 1
 m144 obj 1
 m145 obj 1
 m146 obj 1
 m147 obj 1
 m148 obj 1
 m149 obj 1
 m149 r23 -0.05240523972191323
 m149 r38 0.0075578131052065622
 m150 obj 1
 m150 r23 0.065984256099538355
 m151 obj 1
 m152 obj 1
 m153 obj 1
 m154 obj 1
 m155 obj 1
 m156 obj 1
 m157 obj 1
 m158 obj 1
 m159 obj 1
 m160 obj 1
 m161 obj 1
 m162 obj 1
 m163 obj 1
 m164 obj 1
 m165 obj 1
 m166 obj 1
 m167 obj 1
 m168 obj 1
 m169 obj 1
 m170 obj 1
 m170 r97 0.90612058208970681
 m171 obj 1
 m171 r97 0.44472702253588614
 m172 obj 1
 m173 obj 1
 m174 obj 1
 m174 r22 0.75626467236040451
 m175 obj 1
 m175 r22 0.47821259712620617
 m176 obj 1
 m177 obj 1
 m178 obj 1
 m178 r58 -0.043020767405674717
 m179 obj 1
 m179 r58 0.05574710905841368
 m180 obj 1
 m181 obj 1
 m182 obj 1
 m183 obj 1
 m184 obj 1
 m185 obj 1
 m186 obj 1
 m187 obj 1
 m188 obj 1
 m189 obj 1
 m190 obj 1
 m191 obj 1
 m192 obj 1
 m193 obj 1
 m193 r67 -0.07184905532366187
 m194 obj 1
 m194 r67 0.10155313637514608
 m195 obj 1
 m196 obj 1
 m197 obj 1
 m198 obj 1
 m199 obj 1
 m200 obj 1
 m201 obj 1
 m202 obj 1
 m203 obj 1
 m204 obj 1
 m205 obj 1
 m206 obj 1
 m207 obj 1
 m208 obj 1
 m209 obj 1
 m210 obj 1
 m211 obj 1
 m211 r9 0.8007186414512224
 m212 obj 1
 m213 obj 1
 m214 obj 1
 m215 obj 1
 m216 obj 1
 m217 obj 1
 m218 obj 1
 m219 obj 1
 m220 obj 1
 m221 obj 1
 m222 obj 1
 m223 obj 1
 m224 obj 1
 m225 obj 1
 m226 obj 1
 m226 r97 -0.07514189819759752
 m227 obj 1
 m227 r97 0.089084094745831219
 m228 obj 1
 m229 obj 1
 m230 obj 1
 m230 r22 -0.056430702412439818
 m231 obj 1
 m231 r22 0.079553254604639509
 m232 obj 1
 m233 obj 1
 m234 obj 1
 m235 obj 1
 m236 obj 1
 m237 obj 1
 m238 obj 1
 m239 obj 1
 m240 obj 1
 m241 obj 1
 m242 obj 1
 m243 obj 1
 m244 obj 1
 m245 obj 1
 m246 obj 1
 m247 obj 1
 m248 obj 1
 m249 obj 1
 m250 obj 1
 m251 obj 1
 m252 obj 1
 m253 obj 1
 m254 obj 1
 m255 obj 1
 m256 obj 1
 m257 obj 1
 m258 obj 1
 m259 obj 1
 m260 obj 1
 m261 obj 1
 m262 obj 1
 m263 obj 1
 m264 obj 1
 m265 obj 1
 m265 r1 0.51602709136892111
 m265 r20 0.77564974515959972
 m266 obj 1
 m266 r1 0.29499777402530258
 m267 obj 1
 m267 r9 0.0093805062493968541
 m268 obj 1
 m269 obj 1
 m270 obj 1
 m271 obj 1
 m272 obj 1
 m273 obj 1
 m274 obj 1
 m275 obj 1
 m276 obj 1
 m277 obj 1
 m278 obj 1
 m279 obj 1
 m280 obj 1
 m281 obj 1
 m282 obj 1
 m283 obj 1
 m284 obj 1
 m285 obj 1
 m286 obj 1
 m286 r77 0.71161023957836045
 m287 obj 1
 m287 r77 0.45163055925314521
 m288 obj 1
 m289 obj 1
 m290 obj 1
 m291 obj 1
 m292 obj 1
 m293 obj 1
 m294 obj 1
 m295 obj 1
 m296 obj 1
 m297 obj 1
 m298 obj 1
 m299 obj 1
 m300 obj 1
 m301 obj 1
 m302 obj 1
 m303 obj 1
 m304 obj 1
 m305 obj 1
 m306 obj 1
 m307 obj 1
 m308 obj 1
 m309 obj 1
 m310 obj 1
 m311 obj 1
 m312 obj 1
 m313 obj 1
 m314 obj 1
 m315 obj 1
 m316 obj 1
 m317 obj 1
 m318 obj 1
 m319 obj 1
 m320 obj 1
 m321 obj 1
 m321 r1 -0.041910488229884413
 m322 obj 1
 m322 r1 0.051863428108126115
 m323 obj 1
 m324 obj 1
 m325 obj 1
 m325 r80 0.69201517886109665
 m326 obj 1
 m326 r80 0.44033752697015494
 m327 obj 1
 m328 obj 1
 m329 obj 1
 m330 obj 1
 m331 obj 1
 m332 obj 1
 m333 obj 1
 m334 obj 1
 m335 obj 1
 m336 obj 1
 m337 obj 1
 m338 obj 1
 m339 obj 1
 m340 obj 1
 m341 obj 1
 m342 obj 1
 m342 r77 -0.054152262257343695
 m343 obj 1
 m343 r77 0.068888151007722526
 m344 obj 1
 m345 obj 1
 m346 obj 1
 m347 obj 1
 m348 obj 1
 m349 obj 1
 m350 obj 1
 m351 obj 1
 m352 obj 1
 m353 obj 1
 m354 obj 1
 m355 obj 1
 m356 obj 1
 m357 obj 1
 m358 obj 1
 m359 obj 1
 m360 obj 1
 m361 obj 1
 m362 obj 1
 m363 obj 1
 m364 obj 1
 m365 obj 1
 m366 obj 1
 m367 obj 1
 m368 obj 1
 m369 obj 1
 m370 obj 1
 m371 obj 1
 m372 obj 1
 m373 obj 1
 m374 obj 1
 m375 obj 1
 m376 obj 1
 m377 obj 1
 m378 obj 1
 m379 obj 1
 m380 obj 1
 m381 obj 1
 m381 r80 -0.057089464684912841
 m382 obj 1
 m382 r80 0.082907661591246684
 m383 obj 1
 m384 obj 1
 m385 obj 1
 m386 obj 1
 m387 obj 1
 m388 obj 1
 m389 obj 1
 m390 obj 1
 m391 obj 1
 m392 obj 1
 m393 obj 1
 m394 obj 1
 m395 obj 1
 m396 obj 1
 m397 obj 1
 m398 obj 1
 m399 obj 1
 m400 obj 1
 m401 obj 1
 m402 obj 1
 m403 obj 1
 m404 obj 1
 m405 obj 1
 m406 obj 1
 m407 obj 1
 m408 obj 1
 m409 obj 1
 m410 obj 1
 m411 obj 1
 m412 obj 1
 m413 obj 1
 m414 obj 1
 m415 obj 1
 m416 obj 1
 m417 obj 1
 m418 obj 1
 m419 obj 1
 m420 obj 1
 m421 obj 1
 m422 obj 1
 m423 obj 1
 m424 obj 1
 m425 obj 1
 m426 obj 1
 m427 obj 1
 m428 obj 1
 m429 obj 1
 m430 obj 1
 m431 obj 1
 m432 obj 1
 m433 obj 1
 m434 obj 1
 m435 obj 1
 m436 obj 1
 m437 obj 1
 m438 obj 1
 m439 obj 1
 m440 obj 1
 m441 obj 1
 m442 obj 1
 m443 obj 1
 m444 obj 1
 m445 obj 1
 m446 obj 1
 m447 obj 1
 m448 obj 1
 m449 obj 1
 m450 obj 1
 m451 obj 1
 m452 obj 1
 m453 obj 1
 m454 obj 1
 m455 obj 1
 m456 obj 1
 m457 obj 1
 m458 obj 1
 m459 obj 1
 m460 obj 1
 m461 obj 1
 m462 obj 1
 m463 obj 1
 m464 obj 1
 m465 obj 1
 m466 obj 1
 m467 obj 1
 m468 obj 1
 m469 obj 1
 m470 obj 1
 m471 obj 1
 m472 obj 1
 m473 obj 1
 m474 obj 1
 m475 obj 1
 m476 obj 1
 m477 obj 1
 m478 obj 1
 m479 obj 1
 m480 obj 1
 m481 obj 1
 m482 obj 1
 m483 obj 1
 m484 obj 1
 m485 obj 1
 m486 obj 1
 m487 obj 1
 m488 obj 1
 m489 obj 1
 m490 obj 1
 m491 obj 1
 m492 obj 1
 m493 obj 1
 m494 obj 1
 m495 obj 1
 m496 obj 1
 m497 obj 1
 m498 obj 1
 m499 obj 1
 m500 obj 1
 m501 obj 1
 m502 obj 1
 m503 obj 1
 m504 obj 1
 m505 obj 1
 m506 obj 1
 m507 obj 1
 m508 obj 1
 m509 obj 1
 m510 obj 1
 m511 obj 1
 m512 obj 1
 m513 obj 1
 m514 obj 1
 m515 obj 1
 m516 obj 1
 m517 obj 1
 m518 obj 1
 m518 r63 0.65432992337515594
 m519 obj 1
 m519 r63 0.39072222610818996
 m520 obj 1
 m521 obj 1
 m522 obj 1
 m523 obj 1
 m524 obj 1
 m525 obj 1
 m526 obj 1
 m527 obj 1
 m528 obj 1
 m529 obj 1
 m530 obj 1
 m531 obj 1
 m532 obj 1
 m533 obj 1
 m534 obj 1
 m535 obj 1
 m536 obj 1
 m537 obj 1
 m538 obj 1
 m539 obj 1
 m540 obj 1
 m541 obj 1
 m542 obj 1
 m543 obj 1
 m544 obj 1
 m545 obj 1
 m545 r33 0.56730160975379063
 m546 obj 1
 m546 r33 0.33622622381399436
 m547 obj 1
 m548 obj 1
 m549 obj 1
 m550 obj 1
 m551 obj 1
 m552 obj 1
 m553 obj 1
 m554 obj 1
 m555 obj 1
 m556 obj 1
 m557 obj 1
 m558 obj 1
 m558 r82 0.65924948014587192
 m559 obj 1
 m559 r82 0.3910851632756
 m560 obj 1
 m561 obj 1
 m562 obj 1
 m563 obj 1
 m564 obj 1
 m565 obj 1
 m566 obj 1
 m567 obj 1
 m568 obj 1
 m569 obj 1
 m570 obj 1
 m571 obj 1
 m572 obj 1
 m573 obj 1
 m574 obj 1
 m574 r63 -0.048652269533810015
 m575 obj 1
 m575 r63 0.064036441461942678
 m576 obj 1
 m577 obj 1
 m578 obj 1
 m579 obj 1
 m580 obj 1
 m581 obj 1
 m582 obj 1
 m583 obj 1
 m584 obj 1
 m585 obj 1
 m586 obj 1
 m587 obj 1
 m588 obj 1
 m589 obj 1
 m590 obj 1
 m591 obj 1
 m592 obj 1
 m593 obj 1
 m594 obj 1
 m595 obj 1
 m596 obj 1
 m597 obj 1
 m598 obj 1
 m598 r26 0.92719726062002705
 m599 obj 1
 m599 r26 0.53055639494826834
 m600 obj 1
 m601 obj 1
 m601 r33 -0.045414521727067746
 m602 obj 1
 m602 r33 0.056521865323240716
 m603 obj 1
 m604 obj 1
 m604 r60 0.68731338563470368
 m605 obj 1
 m605 r60 0.36246849340260612
 m606 obj 1
 m607 obj 1
 m608 obj 1
 m609 obj 1
 m610 obj 1
 m611 obj 1
 m612 obj 1
 m613 obj 1
 m614 obj 1
 m614 r82 -0.052119424599195205
 m615 obj 1
 m615 r82 0.069867229735050732
 m616 obj 1
 m617 obj 1
 m618 obj 1
 m619 obj 1
 m620 obj 1
 m621 obj 1
 m622 obj 1
 m623 obj 1
 m624 obj 1
 m625 obj 1
 m626 obj 1
 m627 obj 1
 m628 obj 1
 m629 obj 1
 m630 obj 1
 m631 obj 1
 m632 obj 1
 m633 obj 1
 m634 obj 1
 m635 obj 1
 m636 obj 1
 m637 obj 1
 m638 obj 1
 m639 obj 1
 m640 obj 1
 m641 obj 1
 m642 obj 1
 m643 obj 1
 m644 obj 1
 m645 obj 1
 m646 obj 1
 m647 obj 1
 m648 obj 1
 m649 obj 1
 m650 obj 1
 m651 obj 1
 m652 obj 1
 m653 obj 1
 m654 obj 1
 m654 r26 -0.075357084942674624
 m655 obj 1
 m655 r26 0.089654082926734116
 m656 obj 1
 m657 obj 1
 m658 obj 1
 m659 obj 1
 m660 obj 1
 m660 r60 -0.059786685733472997
 m661 obj 1
 m661 r60 0.060526238002250168
 m662 obj 1
 m663 obj 1
 m664 obj 1
 m665 obj 1
 m666 obj 1
 m667 obj 1
 m668 obj 1
 m669 obj 1
 m670 obj 1
 m671 obj 1
 m672 obj 1
 m673 obj 1
 m674 obj 1
 m675 obj 1
 m676 obj 1
 m677 obj 1
 m678 obj 1
 m679 obj 1
 m680 obj 1
 m681 obj 1
 m682 obj 1
 m683 obj 1
 m684 obj 1
 m685 obj 1
 m686 obj 1
 m687 obj 1
 m688 obj 1
 m689 obj 1
 m690 obj 1
 m691 obj 1
 m692 obj 1
 m693 obj 1
 m694 obj 1
 m695 obj 1
 m696 obj 1
 m697 obj 1
 m698 obj 1
 m699 obj 1
 m700 obj 1
 m701 obj 1
 m702 obj 1
 m703 obj 1
 m704 obj 1
 m705 obj 1
 m706 obj 1
 m707 obj 1
 m708 obj 1
 m709 obj 1
 m710 obj 1
 m711 obj 1
 m712 obj 1
 m713 obj 1
 m714 obj 1
 m715 obj 1
 m716 obj 1
 m716 r39 0.90120783158266637
 m716 r89 0.78860041131350278
 m716 r96 0.84276884490045889
 m717 obj 1
 m717 r39 0.48694682706049719
 m718 obj 1
 m719 obj 1
 m720 obj 1
 m721 obj 1
 m722 obj 1
 m723 obj 1
 m724 obj 1
 m725 obj 1
 m726 obj 1
 m727 obj 1
 m728 obj 1
 m729 obj 1
 m730 obj 1
 m731 obj 1
 m732 obj 1
 m733 obj 1
 m734 obj 1
 m735 obj 1
 m736 obj 1
 m737 obj 1
 m738 obj 1
 m739 obj 1
 m740 obj 1
 m741 obj 1
 m742 obj 1
 m743 obj 1
 m744 obj 1
 m745 obj 1
 m746 obj 1
 m747 obj 1
 m748 obj 1
 m749 obj 1
 m750 obj 1
 m751 obj 1
 m752 obj 1
 m753 obj 1
 m754 obj 1
 m755 obj 1
 m756 obj 1
 m757 obj 1
 m758 obj 1
 m759 obj 1
 m760 obj 1
 m761 obj 1
 m762 obj 1
 m763 obj 1
 m764 obj 1
 m765 obj 1
 m766 obj 1
 m767 obj 1
 m768 obj 1
 m769 obj 1
 m770 obj 1
 m771 obj 1
 m772 obj 1
 m772 r39 -0.085751227153616619
 m772 r89 0.0059377871658252909
 m773 obj 1
 m773 r39 0.088981847193400646
 m774 obj 1
 m775 obj 1
 m776 obj 1
 m777 obj 1
 m778 obj 1
 m779 obj 1
 m780 obj 1
 m781 obj 1
 m782 obj 1
 m783 obj 1
 m784 obj 1
 m785 obj 1
 m786 obj 1
 m787 obj 1
 m788 obj 1
 m789 obj 1
 m790 obj 1
 m791 obj 1
 m792 obj 1
 m793 obj 1
 m794 obj 1
 m795 obj 1
 m796 obj 1
 m797 obj 1
 m798 obj 1
 m799 obj 1
 m800 obj 1
 m801 obj 1
 m802 obj 1
 m803 obj 1
 m804 obj 1
 m805 obj 1
 m806 obj 1
 m807 obj 1
 m808 obj 1
 m809 obj 1
 m810 obj 1
 m811 obj 1
 m812 obj 1
 m813 obj 1
 m814 obj 1
 m815 obj 1
 m816 obj 1
 m817 obj 1
 m818 obj 1
 m819 obj 1
 m820 obj 1
 m821 obj 1
 m822 obj 1
 m823 obj 1
 m824 obj 1
 m825 obj 1
 m825 r45 0.57209131064303853
 m825 r49 0.80724020028218935
 m826 obj 1
 m826 r45 0.38595152235033126
 m827 obj 1
 m828 obj 1
 m829 obj 1
 m830 obj 1
 m831 obj 1
 m832 obj 1
 m833 obj 1
 m834 obj 1
 m835 obj 1
 m836 obj 1
 m837 obj 1
 m838 obj 1
 m839 obj 1
 m840 obj 1
 m841 obj 1
 m842 obj 1
 m843 obj 1
 m844 obj 1
 m845 obj 1
 m846 obj 1
 m847 obj 1
 m847 r19 0.65630206708950833
 m848 obj 1
 m848 r19 0.39184807118451193
 m849 obj 1
 m850 obj 1
 m851 obj 1
 m852 obj 1
 m853 obj 1
 m854 obj 1
 m855 obj 1
 m856 obj 1
 m857 obj 1
 m858 obj 1
 m859 obj 1
 m860 obj 1
 m861 obj 1
 m862 obj 1
 m863 obj 1
 m864 obj 1
 m865 obj 1
 m866 obj 1
 m867 obj 1
 m868 obj 1
 m869 obj 1
 m870 obj 1
 m871 obj 1
 m872 obj 1
 m873 obj 1
 m874 obj 1
 m875 obj 1
 m876 obj 1
 m877 obj 1
 m878 obj 1
 m879 obj 1
 m880 obj 1
 m881 obj 1
 m881 r45 -0.041998736670248685
 m881 r49 0.010205650879720377
 m882 obj 1
 m882 r11 0.61875322689411572
 m882 r34 0.91181380395966671
 m882 r45 0.053807927386551081
 m883 obj 1
 m883 r11 0.39039799348907417
 m884 obj 1
 m885 obj 1
 m886 obj 1
 m887 obj 1
 m888 obj 1
 m889 obj 1
 m890 obj 1
 m891 obj 1
 m892 obj 1
 m893 obj 1
 m894 obj 1
 m895 obj 1
 m896 obj 1
 m897 obj 1
 m898 obj 1
 m899 obj 1
 m900 obj 1
 m901 obj 1
 m902 obj 1
 m903 obj 1
 m903 r19 -0.048891084674021992
 m904 obj 1
 m904 r19 0.06091019452452736
 m905 obj 1
 m906 obj 1
 m907 obj 1
 m908 obj 1
 m909 obj 1
 m910 obj 1
 m911 obj 1
 m912 obj 1
 m912 r93 0.73477551613827075
 m913 obj 1
 m913 r93 0.43881101290882801
 m914 obj 1
 m915 obj 1
 m916 obj 1
 m917 obj 1
 m918 obj 1
 m919 obj 1
 m920 obj 1
 m921 obj 1
 m922 obj 1
 m923 obj 1
 m924 obj 1
 m925 obj 1
 m926 obj 1
 m927 obj 1
 m928 obj 1
 m929 obj 1
 m930 obj 1
 m931 obj 1
 m932 obj 1
 m933 obj 1
 m934 obj 1
 m935 obj 1
 m936 obj 1
 m937 obj 1
 m938 obj 1
 m938 r11 -0.044747303208852542
 m938 r34 0.011397342265250354
 m939 obj 1
 m939 r11 0.058736291388309464
 m940 obj 1
 m941 obj 1
 m942 obj 1
 m943 obj 1
 m944 obj 1
 m945 obj 1
 m946 obj 1
 m947 obj 1
 m948 obj 1
 m949 obj 1
 m950 obj 1
 m951 obj 1
 m952 obj 1
 m953 obj 1
 m954 obj 1
 m955 obj 1
 m956 obj 1
 m957 obj 1
 m957 r12 0.61814593807749119
 m957 r54 0.53715143693220513
 m958 obj 1
 m958 r12 0.38580259811889012
 m959 obj 1
 m960 obj 1
 m961 obj 1
 m962 obj 1
 m963 obj 1
 m964 obj 1
 m965 obj 1
 m966 obj 1
 m967 obj 1
 m968 obj 1
 m968 r93 -0.063782385495153249
 m969 obj 1
 m969 r93 0.05729103933729067
 m970 obj 1
 m971 obj 1
 m972 obj 1
 m973 obj 1
 m974 obj 1
 m975 obj 1
 m976 obj 1
 m977 obj 1
 m978 obj 1
 m979 obj 1
 m980 obj 1
 m981 obj 1
 m982 obj 1
 m983 obj 1
 m984 obj 1
 m985 obj 1
 m986 obj 1
 m987 obj 1
 m988 obj 1
 m989 obj 1
 m989 r57 0.58768866353088201
 m990 obj 1
 m990 r57 0.36517696582291703
 m991 obj 1
 m992 obj 1
 m993 obj 1
 m994 obj 1
 m995 obj 1
 m996 obj 1
 m997 obj 1
 m998 obj 1
 m999 obj 1
 m1000 obj 1
 m1001 obj 1
 m1002 obj 1
 m1003 obj 1
 m1004 obj 1
 m1005 obj 1
 m1006 obj 1
 m1007 obj 1
 m1008 obj 1
 m1009 obj 1
 m1010 obj 1
 m1011 obj 1
 m1012 obj 1
 m1012 r6 0.62098385832209102
 m1013 obj 1
 m1013 r6 0.38112045814994666
 m1013 r12 -0.048997689350153639
 m1014 obj 1
 m1014 r12 0.05808313362788297
 m1015 obj 1
 m1016 obj 1
 m1017 obj 1
 m1018 obj 1
 m1019 obj 1
 m1020 obj 1
 m1021 obj 1
 m1022 obj 1
 m1023 obj 1
 m1024 obj 1
 m1025 obj 1
 m1026 obj 1
 m1027 obj 1
 m1028 obj 1
 m1029 obj 1
 m1030 obj 1
 m1031 obj 1
 m1032 obj 1
 m1033 obj 1
 m1034 obj 1
 m1035 obj 1
 m1036 obj 1
 m1037 obj 1
 m1038 obj 1
 m1039 obj 1
 m1040 obj 1
 m1041 obj 1
 m1042 obj 1
 m1043 obj 1
 m1044 obj 1
 m1045 obj 1
 m1045 r57 -0.047436163763125164
 m1046 obj 1
 m1046 r57 0.059413634947521214
 m1047 obj 1
 m1048 obj 1
 m1049 obj 1
 m1050 obj 1
 m1051 obj 1
 m1052 obj 1
 m1053 obj 1
 m1054 obj 1
 m1055 obj 1
 m1056 obj 1
 m1057 obj 1
 m1058 obj 1
 m1059 obj 1
 m1060 obj 1
 m1061 obj 1
 m1062 obj 1
 m1063 obj 1
 m1064 obj 1
 m1065 obj 1
 m1066 obj 1
 m1067 obj 1
 m1068 obj 1
 m1068 r6 -0.046699789915412085
 m1069 obj 1
 m1069 r6 0.059385375592661833
 m1070 obj 1
 m1071 obj 1
 m1072 obj 1
 m1073 obj 1
 m1074 obj 1
 m1075 obj 1
 m1076 obj 1
 m1077 obj 1
 m1078 obj 1
 m1079 obj 1
 m1079 r4 0.71393582794535604
 m1080 obj 1
 m1080 r4 0.42924272009100317
 m1081 obj 1
 m1082 obj 1
 m1083 obj 1
 m1084 obj 1
 m1085 obj 1
 m1086 obj 1
 m1087 obj 1
 m1088 obj 1
 m1089 obj 1
 m1090 obj 1
 m1091 obj 1
 m1092 obj 1
 m1093 obj 1
 m1094 obj 1
 m1095 obj 1
 m1096 obj 1
 m1097 obj 1
 m1098 obj 1
 m1099 obj 1
 m1100 obj 1
 m1101 obj 1
 m1102 obj 1
 m1103 obj 1
 m1104 obj 1
 m1105 obj 1
 m1106 obj 1
 m1107 obj 1
 m1108 obj 1
 m1109 obj 1
 m1110 obj 1
 m1111 obj 1
 m1112 obj 1
 m1113 obj 1
 m1114 obj 1
 m1115 obj 1
 m1116 obj 1
 m1117 obj 1
 m1118 obj 1
 m1119 obj 1
 m1120 obj 1
 m1121 obj 1
 m1122 obj 1
 m1123 obj 1
 m1124 obj 1
 m1124 r53 0.59199995792507676
 m1125 obj 1
 m1125 r53 0.35883849209266783
 m1126 obj 1
 m1127 obj 1
 m1128 obj 1
 m1129 obj 1
 m1130 obj 1
 m1131 obj 1
 m1132 obj 1
 m1133 obj 1
 m1134 obj 1
 m1135 obj 1
 m1135 r4 -0.057412010692010913
 m1136 obj 1
 m1136 r4 0.070942083529860436
 m1137 obj 1
 m1138 obj 1
 m1139 obj 1
 m1140 obj 1
 m1141 obj 1
 m1142 obj 1
 m1143 obj 1
 m1144 obj 1
 m1145 obj 1
 m1146 obj 1
 m1147 obj 1
 m1148 obj 1
 m1148 r18 0.66669559360842323
 m1149 obj 1
 m1149 r18 0.37418769959333809
 m1150 obj 1
 m1151 obj 1
 m1152 obj 1
 m1153 obj 1
 m1154 obj 1
 m1155 obj 1
 m1156 obj 1
 m1157 obj 1
 m1158 obj 1
 m1159 obj 1
 m1160 obj 1
 m1161 obj 1
 m1162 obj 1
 m1163 obj 1
 m1164 obj 1
 m1165 obj 1
 m1166 obj 1
 m1167 obj 1
 m1168 obj 1
 m1169 obj 1
 m1170 obj 1
 m1171 obj 1
 m1172 obj 1
 m1173 obj 1
 m1174 obj 1
 m1175 obj 1
 m1176 obj 1
 m1177 obj 1
 m1178 obj 1
 m1179 obj 1
 m1180 obj 1
 m1180 r53 -0.047358427264397034
 m1181 obj 1
 m1181 r53 0.054610694693781631
 m1182 obj 1
 m1183 obj 1
 m1184 obj 1
 m1185 obj 1
 m1186 obj 1
 m1187 obj 1
 m1188 obj 1
 m1189 obj 1
 m1190 obj 1
 m1191 obj 1
 m1192 obj 1
 m1193 obj 1
 m1194 obj 1
 m1195 obj 1
 m1196 obj 1
 m1197 obj 1
 m1198 obj 1
 m1199 obj 1
 m1200 obj 1
 m1201 obj 1
 m1202 obj 1
 m1203 obj 1
 m1204 obj 1
 m1204 r18 -0.05601061383828889
 m1205 obj 1
 m1205 r18 0.065882234671982648
 m1206 obj 1
 m1207 obj 1
 m1208 obj 1
 m1209 obj 1
 m1210 obj 1
 m1211 obj 1
 m1212 obj 1
 m1213 obj 1
 m1214 obj 1
 m1215 obj 1
 m1216 obj 1
 m1217 obj 1
 m1218 obj 1
 m1219 obj 1
 m1220 obj 1
 m1221 obj 1
 m1222 obj 1
 m1223 obj 1
 m1224 obj 1
 m1225 obj 1
 m1226 obj 1
 m1227 obj 1
 m1228 obj 1
 m1229 obj 1
 m1230 obj 1
 m1231 obj 1
 m1232 obj 1
 m1233 obj 1
 m1234 obj 1
 m1235 obj 1
 m1236 obj 1
 m1237 obj 1
 m1238 obj 1
 m1239 obj 1
 m1240 obj 1
 m1241 obj 1
 m1242 obj 1
 m1243 obj 1
 m1244 obj 1
 m1245 obj 1
 m1246 obj 1
 m1247 obj 1
 m1248 obj 1
 m1249 obj 1
 m1250 obj 1
 m1251 obj 1
 m1252 obj 1
 m1253 obj 1
 m1254 obj 1
 m1255 obj 1
 m1256 obj 1
 m1257 obj 1
 m1258 obj 1
 m1259 obj 1
 m1260 obj 1
 m1261 obj 1
 m1262 obj 1
 m1263 obj 1
 m1264 obj 1
 m1265 obj 1
 m1266 obj 1
 m1266 r56 0.5727004835150773
 m1267 obj 1
 m1268 obj 1
 m1269 obj 1
 m1270 obj 1
 m1271 obj 1
 m1272 obj 1
 m1273 obj 1
 m1274 obj 1
 m1275 obj 1
 m1276 obj 1
 m1277 obj 1
 m1278 obj 1
 m1279 obj 1
 m1280 obj 1
 m1281 obj 1
 m1282 obj 1
 m1283 obj 1
 m1284 obj 1
 m1285 obj 1
 m1286 obj 1
 m1287 obj 1
 m1288 obj 1
 m1289 obj 1
 m1290 obj 1
 m1291 obj 1
 m1292 obj 1
 m1293 obj 1
 m1294 obj 1
 m1295 obj 1
 m1296 obj 1
 m1297 obj 1
 m1298 obj 1
 m1299 obj 1
 m1300 obj 1
 m1301 obj 1
 m1302 obj 1
 m1303 obj 1
 m1304 obj 1
 m1305 obj 1
 m1306 obj 1
 m1307 obj 1
 m1308 obj 1
 m1309 obj 1
 m1310 obj 1
 m1311 obj 1
 m1312 obj 1
 m1313 obj 1
 m1314 obj 1
 m1315 obj 1
 m1316 obj 1
 m1317 obj 1
 m1318 obj 1
 m1319 obj 1
 m1320 obj 1
 m1321 obj 1
 m1322 obj 1
 m1322 r56 0.0029900709947089307
 m1323 obj 1
 m1324 obj 1
 m1325 obj 1
 m1326 obj 1
 m1326 r31 0.57838753871289528
 m1327 obj 1
 m1327 r31 0.22646692876565336
 m1328 obj 1
 m1329 obj 1
 m1330 obj 1
 m1331 obj 1
 m1332 obj 1
 m1333 obj 1
 m1334 obj 1
 m1335 obj 1
 m1336 obj 1
 m1337 obj 1
 m1338 obj 1
 m1339 obj 1
 m1340 obj 1
 m1341 obj 1
 m1342 obj 1
 m1343 obj 1
 m1344 obj 1
 m1345 obj 1
 m1346 obj 1
 m1347 obj 1
 m1348 obj 1
 m1349 obj 1
 m1350 obj 1
 m1351 obj 1
 m1352 obj 1
 m1353 obj 1
 m1354 obj 1
 m1355 obj 1
 m1356 obj 1
 m1357 obj 1
 m1358 obj 1
 m1359 obj 1
 m1360 obj 1
 m1361 obj 1
 m1362 obj 1
 m1363 obj 1
 m1364 obj 1
 m1365 obj 1
 m1366 obj 1
 m1367 obj 1
 m1368 obj 1
 m1369 obj 1
 m1370 obj 1
 m1371 obj 1
 m1372 obj 1
 m1373 obj 1
 m1374 obj 1
 m1375 obj 1
 m1376 obj 1
 m1377 obj 1
 m1378 obj 1
 m1379 obj 1
 m1380 obj 1
 m1381 obj 1
 m1382 obj 1
 m1382 r31 0.031702961453945126
 m1383 obj 1
 m1383 r31 0.064979302652873938
 m1384 obj 1
 m1385 obj 1
 m1386 obj 1
 m1387 obj 1
 m1387 r59 0.68962736113046097
 m1388 obj 1
 m1388 r59 0.39677955861332809
 m1389 obj 1
 m1390 obj 1
 m1391 obj 1
 m1392 obj 1
 m1393 obj 1
 m1394 obj 1
 m1395 obj 1
 m1396 obj 1
 m1397 obj 1
 m1398 obj 1
 m1399 obj 1
 m1400 obj 1
 m1401 obj 1
 m1402 obj 1
 m1403 obj 1
 m1404 obj 1
 m1405 obj 1
 m1406 obj 1
 m1407 obj 1
 m1408 obj 1
 m1409 obj 1
 m1410 obj 1
 m1411 obj 1
 m1412 obj 1
 m1413 obj 1
 m1414 obj 1
 m1415 obj 1
 m1416 obj 1
 m1417 obj 1
 m1418 obj 1
 m1419 obj 1
 m1420 obj 1
 m1421 obj 1
 m1422 obj 1
 m1422 r73 0.91241446650352864
 m1423 obj 1
 m1423 r73 0.72623936830460345
 m1424 obj 1
 m1425 obj 1
 m1426 obj 1
 m1427 obj 1
 m1428 obj 1
 m1429 obj 1
 m1430 obj 1
 m1431 obj 1
 m1432 obj 1
 m1433 obj 1
 m1434 obj 1
 m1435 obj 1
 m1436 obj 1
 m1437 obj 1
 m1438 obj 1
 m1439 obj 1
 m1440 obj 1
 m1441 obj 1
 m1442 obj 1
 m1442 r88 0.6737587522603331
 m1443 obj 1
 m1443 r59 -0.057302860446822493
 m1443 r88 0.39286258191948914
 m1444 obj 1
 m1444 r59 0.059517147283901027
 m1445 obj 1
 m1446 obj 1
 m1447 obj 1
 m1448 obj 1
 m1449 obj 1
 m1450 obj 1
 m1451 obj 1
 m1452 obj 1
 m1453 obj 1
 m1454 obj 1
 m1455 obj 1
 m1456 obj 1
 m1457 obj 1
 m1458 obj 1
 m1459 obj 1
 m1460 obj 1
 m1461 obj 1
 m1462 obj 1
 m1463 obj 1
 m1464 obj 1
 m1465 obj 1
 m1466 obj 1
 m1467 obj 1
 m1468 obj 1
 m1469 obj 1
 m1470 obj 1
 m1471 obj 1
 m1472 obj 1
 m1473 obj 1
 m1474 obj 1
 m1475 obj 1
 m1476 obj 1
 m1477 obj 1
 m1478 obj 1
 m1478 r73 -0.078391553463365404
 m1479 obj 1
 m1479 r73 0.088659154818911762
 m1480 obj 1
 m1481 obj 1
 m1482 obj 1
 m1483 obj 1
 m1484 obj 1
 m1485 obj 1
 m1486 obj 1
 m1487 obj 1
 m1488 obj 1
 m1489 obj 1
 m1490 obj 1
 m1491 obj 1
 m1492 obj 1
 m1493 obj 1
 m1494 obj 1
 m1495 obj 1
 m1496 obj 1
 m1497 obj 1
 m1498 obj 1
 m1498 r88 -0.055554017967298662
 m1499 obj 1
 m1499 r88 0.065185560619357388
 m1500 obj 1
 m1501 obj 1
 m1502 obj 1
 m1503 obj 1
 m1504 obj 1
 m1505 obj 1
 m1506 obj 1
 m1507 obj 1
 m1508 obj 1
 m1509 obj 1
 m1510 obj 1
 m1511 obj 1
 m1512 obj 1
 m1513 obj 1
 m1514 obj 1
 m1515 obj 1
 m1516 obj 1
 m1517 obj 1
 m1518 obj 1
 m1519 obj 1
 m1520 obj 1
 m1521 obj 1
 m1522 obj 1
 m1523 obj 1
 m1524 obj 1
 m1525 obj 1
 m1526 obj 1
 m1527 obj 1
 m1528 obj 1
 m1529 obj 1
 m1530 obj 1
 m1531 obj 1
 m1532 obj 1
 m1533 obj 1
 m1534 obj 1
 m1535 obj 1
 m1536 obj 1
 m1537 obj 1
 m1538 obj 1
 m1539 obj 1
 m1540 obj 1
 m1541 obj 1
 m1541 r90 0.55952382589021477
 m1541 r95 0.67651854456049865
 m1542 obj 1
 m1542 r95 0.39886166610680041
 m1543 obj 1
 m1544 obj 1
 m1545 obj 1
 m1546 obj 1
 m1547 obj 1
 m1548 obj 1
 m1549 obj 1
 m1550 obj 1
 m1551 obj 1
 m1552 obj 1
 m1553 obj 1
 m1554 obj 1
 m1555 obj 1
 m1556 obj 1
 m1557 obj 1
 m1558 obj 1
 m1559 obj 1
 m1560 obj 1
 m1561 obj 1
 m1562 obj 1
 m1563 obj 1
 m1564 obj 1
 m1565 obj 1
 m1566 obj 1
 m1567 obj 1
 m1568 obj 1
 m1569 obj 1
 m1570 obj 1
 m1571 obj 1
 m1572 obj 1
 m1573 obj 1
 m1574 obj 1
 m1575 obj 1
 m1576 obj 1
 m1577 obj 1
 m1578 obj 1
 m1579 obj 1
 m1580 obj 1
 m1581 obj 1
 m1582 obj 1
 m1583 obj 1
 m1584 obj 1
 m1585 obj 1
 m1586 obj 1
 m1587 obj 1
 m1588 obj 1
 m1589 obj 1
 m1590 obj 1
 m1591 obj 1
 m1592 obj 1
 m1593 obj 1
 m1594 obj 1
 m1595 obj 1
 m1596 obj 1
 m1597 obj 1
 m1597 r90 0.0056312425091138707
 m1597 r95 -0.057268900075043871
 m1598 obj 1
 m1598 r95 0.064829903300322955
 m1599 obj 1
 m1600 obj 1
 m1601 obj 1
 m1602 obj 1
 m1603 obj 1
 m1604 obj 1
 m1605 obj 1
 m1606 obj 1
 m1607 obj 1
 m1608 obj 1
 m1609 obj 1
 m1610 obj 1
 m1611 obj 1
 m1612 obj 1
 m1613 obj 1
 m1614 obj 1
 m1615 obj 1
 m1616 obj 1
 m1617 obj 1
 m1618 obj 1
 m1619 obj 1
 m1620 obj 1
 m1621 obj 1
 m1622 obj 1
 m1623 obj 1
 m1624 obj 1
 m1625 obj 1
 m1626 obj 1
 m1627 obj 1
 m1628 obj 1
 m1629 obj 1
 m1630 obj 1
 m1631 obj 1
 m1632 obj 1
 m1633 obj 1
 m1634 obj 1
 m1635 obj 1
 m1636 obj 1
 m1637 obj 1
 m1638 obj 1
 m1639 obj 1
 m1640 obj 1
 m1641 obj 1
 m1642 obj 1
 m1643 obj 1
 m1644 obj 1
 m1645 obj 1
 m1646 obj 1
 m1647 obj 1
 m1648 obj 1
 m1648 r52 0.97352801792653443
 m1649 obj 1
 m1649 r52 0.56287193668926339
 m1650 obj 1
 m1651 obj 1
 m1652 obj 1
 m1653 obj 1
 m1654 obj 1
 m1655 obj 1
 m1655 r17 0.65707378963799368
 m1655 r64 0.71367343273085737
 m1656 obj 1
 m1656 r64 0.45465440437540777
 m1657 obj 1
 m1658 obj 1
 m1659 obj 1
 m1660 obj 1
 m1661 obj 1
 m1662 obj 1
 m1663 obj 1
 m1664 obj 1
 m1665 obj 1
 m1666 obj 1
 m1667 obj 1
 m1668 obj 1
 m1669 obj 1
 m1670 obj 1
 m1671 obj 1
 m1672 obj 1
 m1673 obj 1
 m1674 obj 1
 m1675 obj 1
 m1676 obj 1
 m1677 obj 1
 m1678 obj 1
 m1679 obj 1
 m1680 obj 1
 m1681 obj 1
 m1682 obj 1
 m1683 obj 1
 m1684 obj 1
 m1685 obj 1
 m1686 obj 1
 m1687 obj 1
 m1688 obj 1
 m1689 obj 1
 m1690 obj 1
 m1691 obj 1
 m1692 obj 1
 m1693 obj 1
 m1694 obj 1
 m1695 obj 1
 m1696 obj 1
 m1697 obj 1
 m1698 obj 1
 m1699 obj 1
 m1700 obj 1
 m1701 obj 1
 m1702 obj 1
 m1703 obj 1
 m1703 r16 0.86456744517351503
 m1704 obj 1
 m1704 r16 0.53440196833921771
 m1704 r52 -0.07552710940819729
 m1705 obj 1
 m1705 r47 0.95125090876692564
 m1705 r52 0.093291002774763293
 m1706 obj 1
 m1706 r47 0.52235436802128132
 m1707 obj 1
 m1708 obj 1
 m1709 obj 1
 m1710 obj 1
 m1711 obj 1
 m1711 r64 -0.06343970315495337
 m1712 obj 1
 m1712 r64 0.071725523985619835
 m1713 obj 1
 m1714 obj 1
 m1715 obj 1
 m1716 obj 1
 m1717 obj 1
 m1718 obj 1
 m1719 obj 1
 m1720 obj 1
 m1721 obj 1
 m1722 obj 1
 m1723 obj 1
 m1724 obj 1
 m1725 obj 1
 m1726 obj 1
 m1727 obj 1
 m1728 obj 1
 m1729 obj 1
 m1730 obj 1
 m1731 obj 1
 m1732 obj 1
 m1733 obj 1
 m1734 obj 1
 m1735 obj 1
 m1736 obj 1
 m1737 obj 1
 m1738 obj 1
 m1739 obj 1
 m1740 obj 1
 m1741 obj 1
 m1742 obj 1
 m1743 obj 1
 m1744 obj 1
 m1745 obj 1
 m1746 obj 1
 m1747 obj 1
 m1748 obj 1
 m1749 obj 1
 m1750 obj 1
 m1751 obj 1
 m1752 obj 1
 m1753 obj 1
 m1754 obj 1
 m1755 obj 1
 m1756 obj 1
 m1757 obj 1
 m1758 obj 1
 m1758 r61 0.64415935992471773
 m1759 obj 1
 m1759 r16 -0.066629640501109547
 m1760 obj 1
 m1760 r16 0.083667457541827819
 m1761 obj 1
 m1761 r47 -0.07655055754292163
 m1762 obj 1
 m1762 r47 0.09226063357746711
 m1763 obj 1
 m1764 obj 1
 m1765 obj 1
 m1766 obj 1
 m1767 obj 1
 m1767 r46 0.68969019110921082
 m1767 r51 0.8792068212786921
 m1768 obj 1
 m1768 r51 0.52682983288456886
 m1769 obj 1
 m1770 obj 1
 m1771 obj 1
 m1772 obj 1
 m1773 obj 1
 m1774 obj 1
 m1775 obj 1
 m1775 r72 0.62317269376360751
 m1776 obj 1
 m1777 obj 1
 m1778 obj 1
 m1779 obj 1
 m1780 obj 1
 m1781 obj 1
 m1782 obj 1
 m1783 obj 1
 m1784 obj 1
 m1785 obj 1
 m1786 obj 1
 m1787 obj 1
 m1788 obj 1
 m1789 obj 1
 m1790 obj 1
 m1791 obj 1
 m1792 obj 1
 m1793 obj 1
 m1794 obj 1
 m1795 obj 1
 m1796 obj 1
 m1797 obj 1
 m1798 obj 1
 m1799 obj 1
 m1800 obj 1
 m1801 obj 1
 m1802 obj 1
 m1803 obj 1
 m1804 obj 1
 m1805 obj 1
 m1806 obj 1
 m1807 obj 1
 m1808 obj 1
 m1809 obj 1
 m1810 obj 1
 m1811 obj 1
 m1812 obj 1
 m1813 obj 1
 m1814 obj 1
 m1814 r61 0.0052410186045387872
 m1815 obj 1
 m1816 obj 1
 m1817 obj 1
 m1818 obj 1
 m1819 obj 1
 m1820 obj 1
 m1821 obj 1
 m1822 obj 1
 m1823 obj 1
 m1823 r46 0.0048082754323739707
 m1823 r51 -0.067481383450072194
 m1824 obj 1
 m1824 r51 0.082373935105966509
 m1825 obj 1
 m1826 obj 1
 m1827 obj 1
 m1828 obj 1
 m1829 obj 1
 m1830 obj 1
 m1831 obj 1
 m1831 r24 0.7172714053191851
 m1832 obj 1
 m1832 r24 0.4206452378522158
 m1833 obj 1
 m1834 obj 1
 m1835 obj 1
 m1836 obj 1
 m1837 obj 1
 m1838 obj 1
 m1839 obj 1
 m1840 obj 1
 m1841 obj 1
 m1842 obj 1
 m1843 obj 1
 m1844 obj 1
 m1845 obj 1
 m1846 obj 1
 m1847 obj 1
 m1848 obj 1
 m1849 obj 1
 m1850 obj 1
 m1851 obj 1
 m1852 obj 1
 m1853 obj 1
 m1854 obj 1
 m1855 obj 1
 m1856 obj 1
 m1857 obj 1
 m1858 obj 1
 m1859 obj 1
 m1860 obj 1
 m1861 obj 1
 m1862 obj 1
 m1863 obj 1
 m1864 obj 1
 m1865 obj 1
 m1866 obj 1
 m1867 obj 1
 m1868 obj 1
 m1869 obj 1
 m1870 obj 1
 m1871 obj 1
 m1872 obj 1
 m1873 obj 1
 m1874 obj 1
 m1875 obj 1
 m1875 r5 0.99902145963346856
 m1876 obj 1
 m1876 r5 0.59972433837153827
 m1877 obj 1
 m1878 obj 1
 m1879 obj 1
 m1880 obj 1
 m1880 r27 0.50271887033539797
 m1880 r66 0.81555380636452424
 m1881 obj 1
 m1881 r27 0.30139242148559142
 m1882 obj 1
 m1883 obj 1
 m1884 obj 1
 m1885 obj 1
 m1886 obj 1
 m1887 obj 1
 m1887 r24 -0.051644439754155037
 m1888 obj 1
 m1888 r24 0.062734906206905902
 m1889 obj 1
 m1890 obj 1
 m1891 obj 1
 m1892 obj 1
 m1893 obj 1
 m1894 obj 1
 m1895 obj 1
 m1896 obj 1
 m1897 obj 1
 m1898 obj 1
 m1899 obj 1
 m1900 obj 1
 m1901 obj 1
 m1902 obj 1
 m1903 obj 1
 m1904 obj 1
 m1905 obj 1
 m1906 obj 1
 m1907 obj 1
 m1908 obj 1
 m1909 obj 1
 m1910 obj 1
 m1911 obj 1
 m1912 obj 1
 m1913 obj 1
 m1914 obj 1
 m1915 obj 1
 m1916 obj 1
 m1917 obj 1
 m1918 obj 1
 m1919 obj 1
 m1920 obj 1
 m1921 obj 1
 m1922 obj 1
 m1923 obj 1
 m1924 obj 1
 m1925 obj 1
 m1926 obj 1
 m1927 obj 1
 m1928 obj 1
 m1929 obj 1
 m1930 obj 1
 m1931 obj 1
 m1931 r5 -0.075184469219980524
 m1932 obj 1
 m1932 r5 0.096037679653664748
 m1933 obj 1
 m1934 obj 1
 m1935 obj 1
 m1936 obj 1
 m1936 r27 -0.038973728937825386
 m1936 r66 0.0064544645609971169
 m1937 obj 1
 m1937 r27 0.047036337643856396
 m1938 obj 1
 m1939 obj 1
 m1940 obj 1
 m1941 obj 1
 m1942 obj 1
 m1943 obj 1
 m1944 obj 1
 m1945 obj 1
 m1946 obj 1
 m1947 obj 1
 m1948 obj 1
 m1949 obj 1
 m1950 obj 1
 m1951 obj 1
 m1952 obj 1
 m1953 obj 1
 m1954 obj 1
 m1955 obj 1
 m1956 obj 1
 m1957 obj 1
 m1958 obj 1
 m1959 obj 1
 m1960 obj 1
 m1961 obj 1
 m1962 obj 1
 m1963 obj 1
 m1964 obj 1
 m1965 obj 1
 m1965 r29 0.56670244594080255
 m1966 obj 1
 m1966 r29 0.31597269326862859
 m1967 obj 1
 m1968 obj 1
 m1969 obj 1
 m1970 obj 1
 m1971 obj 1
 m1972 obj 1
 m1973 obj 1
 m1974 obj 1
 m1975 obj 1
 m1976 obj 1
 m1977 obj 1
 m1978 obj 1
 m1979 obj 1
 m1980 obj 1
 m1981 obj 1
 m1982 obj 1
 m1983 obj 1
 m1984 obj 1
 m1985 obj 1
 m1986 obj 1
 m1987 obj 1
 m1988 obj 1
 m1989 obj 1
 m1989 r7 0.81790997282592781
 m1990 obj 1
 m1991 obj 1
 m1992 obj 1
 m1993 obj 1
 m1994 obj 1
 m1995 obj 1
 m1996 obj 1
 m1997 obj 1
 m1998 obj 1
 m1999 obj 1
 m2000 obj 1
 m2001 obj 1
 m2002 obj 1
 m2003 obj 1
 m2004 obj 1
 m2004 r69 0.67413382277294032
 m2004 r79 0.51030564719848703
 m2005 obj 1
 m2005 r69 0.41687971464373963
 m2006 obj 1
 m2007 obj 1
 m2008 obj 1
 m2009 obj 1
 m2010 obj 1
 m2011 obj 1
 m2012 obj 1
 m2013 obj 1
 m2014 obj 1
 m2015 obj 1
 m2016 obj 1
 m2017 obj 1
 m2018 obj 1
 m2019 obj 1
 m2020 obj 1
 m2021 obj 1
 m2021 r29 -0.044684194450318973
 m2022 obj 1
 m2022 r29 0.058510454957915368
 m2023 obj 1
 m2024 obj 1
 m2025 obj 1
 m2026 obj 1
 m2027 obj 1
 m2028 obj 1
 m2029 obj 1
 m2030 obj 1
 m2031 obj 1
 m2032 obj 1
 m2033 obj 1
 m2034 obj 1
 m2035 obj 1
 m2036 obj 1
 m2037 obj 1
 m2038 obj 1
 m2039 obj 1
 m2040 obj 1
 m2040 r86 0.71999779248920892
 m2041 obj 1
 m2041 r86 0.47411480213084928
 m2042 obj 1
 m2043 obj 1
 m2043 r13 0.50988931177581531
 m2044 obj 1
 m2044 r13 0.31924701686199491
 m2045 obj 1
 m2045 r7 0.019062537560362247
 m2046 obj 1
 m2047 obj 1
 m2048 obj 1
 m2049 obj 1
 m2050 obj 1
 m2051 obj 1
 m2052 obj 1
 m2053 obj 1
 m2054 obj 1
 m2055 obj 1
 m2056 obj 1
 m2057 obj 1
 m2058 obj 1
 m2059 obj 1
 m2060 obj 1
 m2060 r69 -0.056169018857355674
 m2060 r79 0.0080447779568974601
 m2061 obj 1
 m2061 r69 0.069054148614753508
 m2062 obj 1
 m2063 obj 1
 m2064 obj 1
 m2065 obj 1
 m2066 obj 1
 m2067 obj 1
 m2068 obj 1
 m2069 obj 1
 m2070 obj 1
 m2071 obj 1
 m2072 obj 1
 m2073 obj 1
 m2074 obj 1
 m2075 obj 1
 m2076 obj 1
 m2077 obj 1
 m2077 r78 0.5624375548480427
 m2078 obj 1
 m2078 r78 0.3395907065519907
 m2079 obj 1
 m2080 obj 1
 m2081 obj 1
 m2082 obj 1
 m2083 obj 1
 m2084 obj 1
 m2085 obj 1
 m2086 obj 1
 m2087 obj 1
 m2088 obj 1
 m2089 obj 1
 m2090 obj 1
 m2091 obj 1
 m2092 obj 1
 m2093 obj 1
 m2094 obj 1
 m2095 obj 1
 m2096 obj 1
 m2096 r86 -0.056511409374994888
 m2097 obj 1
 m2097 r86 0.066987060587926139
 m2098 obj 1
 m2099 obj 1
 m2099 r13 -0.039742264148622024
 m2100 obj 1
 m2100 r13 0.050252912315070015
 m2101 obj 1
 m2101 r76 0.52376342363151907
 m2102 obj 1
 m2102 r0 0.55218027244621848
 m2102 r74 0.88921325151137942
 m2102 r76 0.31559705718750786
 m2103 obj 1
 m2103 r0 0.33325997184947365
 m2104 obj 1
 m2105 obj 1
 m2106 obj 1
 m2107 obj 1
 m2108 obj 1
 m2109 obj 1
 m2110 obj 1
 m2111 obj 1
 m2112 obj 1
 m2113 obj 1
 m2114 obj 1
 m2115 obj 1
 m2116 obj 1
 m2117 obj 1
 m2118 obj 1
 m2119 obj 1
 m2120 obj 1
 m2121 obj 1
 m2122 obj 1
 m2123 obj 1
 m2124 obj 1
 m2125 obj 1
 m2126 obj 1
 m2127 obj 1
 m2128 obj 1
 m2129 obj 1
 m2130 obj 1
 m2131 obj 1
 m2132 obj 1
 m2133 obj 1
 m2133 r78 -0.044260491068679651
 m2134 obj 1
 m2134 r78 0.051687954394064109
 m2135 obj 1
 m2135 r81 0.54471954003799894
 m2136 obj 1
 m2136 r81 0.33615934275987591
 m2137 obj 1
 m2138 obj 1
 m2139 obj 1
 m2140 obj 1
 m2141 obj 1
 m2142 obj 1
 m2143 obj 1
 m2144 obj 1
 m2145 obj 1
 m2146 obj 1
 m2147 obj 1
 m2148 obj 1
 m2149 obj 1
 m2150 obj 1
 m2151 obj 1
 m2152 obj 1
 m2153 obj 1
 m2154 obj 1
 m2155 obj 1
 m2156 obj 1
 m2157 obj 1
 m2157 r76 -0.04400415491183985
 m2158 obj 1
 m2158 r0 -0.044508092450130009
 m2158 r76 0.052507512326726298
 m2159 obj 1
 m2159 r0 0.051959693248356149
 m2159 r2 0.5231430922032636
 m2159 r10 0.84917541842757849
 m2159 r71 0.84080347122693699
 m2160 obj 1
 m2160 r2 0.31346458971934654
 m2160 r21 0.79645646903755585
 m2160 r44 0.50502077475859952
 m2161 obj 1
 m2161 r44 0.29946310433980261
 m2162 obj 1
 m2163 obj 1
 m2164 obj 1
 m2165 obj 1
 m2166 obj 1
 m2167 obj 1
 m2168 obj 1
 m2169 obj 1
 m2170 obj 1
 m2171 obj 1
 m2172 obj 1
 m2173 obj 1
 m2174 obj 1
 m2175 obj 1
 m2176 obj 1
 m2177 obj 1
 m2178 obj 1
 m2179 obj 1
 m2180 obj 1
 m2181 obj 1
 m2182 obj 1
 m2183 obj 1
 m2184 obj 1
 m2185 obj 1
 m2186 obj 1
 m2187 obj 1
 m2188 obj 1
 m2189 obj 1
 m2190 obj 1
 m2191 obj 1
 m2191 r81 -0.049775910086216082
 m2192 obj 1
 m2192 r81 0.058241823460511752
 m2193 obj 1
 m2194 obj 1
 m2195 obj 1
 m2196 obj 1
 m2197 obj 1
 m2198 obj 1
 m2199 obj 1
 m2200 obj 1
 m2201 obj 1
 m2202 obj 1
 m2203 obj 1
 m2204 obj 1
 m2205 obj 1
 m2206 obj 1
 m2207 obj 1
 m2208 obj 1
 m2209 obj 1
 m2210 obj 1
 m2210 r25 0.52162429608478467
 m2211 obj 1
 m2211 r25 0.34272419380339791
 m2212 obj 1
 m2213 obj 1
 m2214 obj 1
 m2214 r15 0.98452963851349362
 m2215 obj 1
 m2215 r2 -0.038898686697174487
 m2215 r15 0.60100686197618591
 m2215 r71 0.0066493307510372968
 m2216 obj 1
 m2216 r2 0.048171967672214586
 m2216 r21 0.0043928231674675161
 m2216 r44 -0.036810591251664727
 m2217 obj 1
 m2217 r44 0.043345980270649911
 m2218 obj 1
 m2219 obj 1
 m2220 obj 1
 m2221 obj 1
 m2222 obj 1
 m2223 obj 1
 m2224 obj 1
 m2225 obj 1
 m2226 obj 1
 m2227 obj 1
 m2228 obj 1
 m2229 obj 1
 m2230 obj 1
 m2231 obj 1
 m2232 obj 1
 m2233 obj 1
 m2234 obj 1
 m2235 obj 1
 m2236 obj 1
 m2237 obj 1
 m2238 obj 1
 m2239 obj 1
 m2240 obj 1
 m2241 obj 1
 m2242 obj 1
 m2243 obj 1
 m2244 obj 1
 m2245 obj 1
 m2246 obj 1
 m2247 obj 1
 m2248 obj 1
 m2249 obj 1
 m2250 obj 1
 m2251 obj 1
 m2252 obj 1
 m2253 obj 1
 m2254 obj 1
 m2255 obj 1
 m2256 obj 1
 m2257 obj 1
 m2258 obj 1
 m2259 obj 1
 m2260 obj 1
 m2261 obj 1
 m2262 obj 1
 m2263 obj 1
 m2264 obj 1
 m2265 obj 1
 m2266 obj 1
 m2266 r25 -0.042617278392632664
 m2267 obj 1
 m2267 r25 0.051640764766137541
 m2268 obj 1
 m2269 obj 1
 m2269 r68 0.73141572208645633
 m2270 obj 1
 m2270 r15 -0.079473877054071107
 m2271 obj 1
 m2271 r15 0.092484764728231778
 m2272 obj 1
 m2273 obj 1
 m2274 obj 1
 m2275 obj 1
 m2276 obj 1
 m2277 obj 1
 m2278 obj 1
 m2279 obj 1
 m2280 obj 1
 m2281 obj 1
 m2282 obj 1
 m2283 obj 1
 m2284 obj 1
 m2285 obj 1
 m2286 obj 1
 m2287 obj 1
 m2288 obj 1
 m2289 obj 1
 m2290 obj 1
 m2291 obj 1
 m2292 obj 1
 m2293 obj 1
 m2294 obj 1
 m2295 obj 1
 m2296 obj 1
 m2297 obj 1
 m2298 obj 1
 m2299 obj 1
 m2300 obj 1
 m2301 obj 1
 m2302 obj 1
 m2303 obj 1
 m2304 obj 1
 m2305 obj 1
 m2306 obj 1
 m2307 obj 1
 m2308 obj 1
 m2309 obj 1
 m2310 obj 1
 m2311 obj 1
 m2312 obj 1
 m2313 obj 1
 m2313 r48 0.58796375895009434
 m2314 obj 1
 m2314 r48 0.33187376773964206
 m2315 obj 1
 m2316 obj 1
 m2317 obj 1
 m2318 obj 1
 m2319 obj 1
 m2320 obj 1
 m2321 obj 1
 m2321 r87 0.99687769664333226
 m2322 obj 1
 m2322 r87 0.60307688906276835
 m2323 obj 1
 m2324 obj 1
 m2325 obj 1
 m2326 obj 1
 m2327 obj 1
 m2328 obj 1
 m2329 obj 1
 m2330 obj 1
 m2331 obj 1
 m2332 obj 1
 m2333 obj 1
 m2334 obj 1
 m2334 r75 0.58824103941143724
 m2335 obj 1
 m2336 obj 1
 m2337 obj 1
 m2338 obj 1
 m2339 obj 1
 m2340 obj 1
 m2341 obj 1
 m2342 obj 1
 m2343 obj 1
 m2344 obj 1
 m2345 obj 1
 m2346 obj 1
 m2347 obj 1
 m2348 obj 1
 m2349 obj 1
 m2350 obj 1
 m2351 obj 1
 m2352 obj 1
 m2353 obj 1
 m2354 obj 1
 m2355 obj 1
 m2356 obj 1
 m2357 obj 1
 m2358 obj 1
 m2359 obj 1
 m2360 obj 1
 m2361 obj 1
 m2362 obj 1
 m2363 obj 1
 m2364 obj 1
 m2365 obj 1
 m2366 obj 1
 m2367 obj 1
 m2368 obj 1
 m2369 obj 1
 m2369 r48 -0.041800678124215777
 m2370 obj 1
 m2370 r48 0.060344041099861682
 m2371 obj 1
 m2372 obj 1
 m2373 obj 1
 m2374 obj 1
 m2375 obj 1
 m2376 obj 1
 m2377 obj 1
 m2377 r87 -0.072034292154768434
 m2378 obj 1
 m2378 r87 0.086579990872983723
 m2379 obj 1
 m2380 obj 1
 m2381 obj 1
 m2382 obj 1
 m2383 obj 1
 m2384 obj 1
 m2385 obj 1
 m2386 obj 1
 m2387 obj 1
 m2388 obj 1
 m2389 obj 1
 m2390 obj 1
 m2390 r75 0.005141970898379214
 m2391 obj 1
 m2392 obj 1
 m2393 obj 1
 m2394 obj 1
 m2395 obj 1
 m2396 obj 1
 m2397 obj 1
 m2398 obj 1
 m2399 obj 1
 m2400 obj 1
 m2401 obj 1
 m2402 obj 1
 m2403 obj 1
 m2404 obj 1
 m2405 obj 1
 m2406 obj 1
 m2407 obj 1
 m2408 obj 1
 m2409 obj 1
 m2410 obj 1
 m2411 obj 1
 m2412 obj 1
 m2413 obj 1
 m2414 obj 1
 m2415 obj 1
 m2416 obj 1
 m2417 obj 1
 m2418 obj 1
 m2419 obj 1
 m2420 obj 1
 m2421 obj 1
 m2422 obj 1
 m2423 obj 1
 m2424 obj 1
 m2425 obj 1
 m2426 obj 1
 m2427 obj 1
 m2428 obj 1
 m2429 obj 1
 m2430 obj 1
 m2431 obj 1
 m2432 obj 1
 m2433 obj 1
 m2433 r65 0.95143185366617411
 m2434 obj 1
 m2434 r65 0.57714931366730648
 m2435 obj 1
 m2436 obj 1
 m2437 obj 1
 m2438 obj 1
 m2439 obj 1
 m2440 obj 1
 m2441 obj 1
 m2442 obj 1
 m2443 obj 1
 m2444 obj 1
 m2444 r35 0.61395393812619203
 m2445 obj 1
 m2446 obj 1
 m2446 r40 0.67322293619532214
 m2447 obj 1
 m2447 r40 0.42801572335701887
 m2448 obj 1
 m2449 obj 1
 m2450 obj 1
 m2451 obj 1
 m2452 obj 1
 m2453 obj 1
 m2454 obj 1
 m2455 obj 1
 m2456 obj 1
 m2457 obj 1
 m2458 obj 1
 m2459 obj 1
 m2460 obj 1
 m2461 obj 1
 m2462 obj 1
 m2463 obj 1
 m2464 obj 1
 m2465 obj 1
 m2466 obj 1
 m2467 obj 1
 m2468 obj 1
 m2469 obj 1
 m2470 obj 1
 m2471 obj 1
 m2472 obj 1
 m2473 obj 1
 m2474 obj 1
 m2475 obj 1
 m2476 obj 1
 m2477 obj 1
 m2478 obj 1
 m2479 obj 1
 m2480 obj 1
 m2481 obj 1
 m2482 obj 1
 m2483 obj 1
 m2484 obj 1
 m2485 obj 1
 m2486 obj 1
 m2487 obj 1
 m2488 obj 1
 m2489 obj 1
 m2489 r65 -0.075323977967870812
 m2490 obj 1
 m2490 r3 0.82692431625835838
 m2490 r65 0.095177807456919589
 m2491 obj 1
 m2491 r3 0.47146950299797885
 m2492 obj 1
 m2493 obj 1
 m2494 obj 1
 m2495 obj 1
 m2496 obj 1
 m2497 obj 1
 m2498 obj 1
 m2499 obj 1
 m2500 obj 1
 m2500 r35 0.012874224152638315
 m2501 obj 1
 m2502 obj 1
 m2502 r40 -0.056038641931398493
 m2503 obj 1
 m2503 r40 0.067132179097106628
 m2504 obj 1
 m2505 obj 1
 m2506 obj 1
 m2507 obj 1
 m2508 obj 1
 m2509 obj 1
 m2510 obj 1
 m2511 obj 1
 m2512 obj 1
 m2513 obj 1
 m2514 obj 1
 m2515 obj 1
 m2516 obj 1
 m2517 obj 1
 m2518 obj 1
 m2519 obj 1
 m2520 obj 1
 m2521 obj 1
 m2522 obj 1
 m2523 obj 1
 m2524 obj 1
 m2525 obj 1
 m2526 obj 1
 m2527 obj 1
 m2528 obj 1
 m2529 obj 1
 m2530 obj 1
 m2531 obj 1
 m2532 obj 1
 m2533 obj 1
 m2533 r91 0.53895109231716698
 m2534 obj 1
 m2535 obj 1
 m2536 obj 1
 m2537 obj 1
 m2538 obj 1
 m2539 obj 1
 m2540 obj 1
 m2541 obj 1
 m2542 obj 1
 m2543 obj 1
 m2544 obj 1
 m2545 obj 1
 m2546 obj 1
 m2546 r3 -0.06150555541409751
 m2547 obj 1
 m2547 r3 0.065327293636230452
 m2548 obj 1
 m2549 obj 1
 m2550 obj 1
 m2551 obj 1
 m2552 obj 1
 m2553 obj 1
 m2554 obj 1
 m2555 obj 1
 m2556 obj 1
 m2557 obj 1
 m2558 obj 1
 m2559 obj 1
 m2560 obj 1
 m2561 obj 1
 m2562 obj 1
 m2563 obj 1
 m2564 obj 1
 m2565 obj 1
 m2566 obj 1
 m2567 obj 1
 m2568 obj 1
 m2569 obj 1
 m2570 obj 1
 m2571 obj 1
 m2572 obj 1
 m2573 obj 1
 m2574 obj 1
 m2575 obj 1
 m2576 obj 1
 m2577 obj 1
 m2578 obj 1
 m2579 obj 1
 m2580 obj 1
 m2581 obj 1
 m2582 obj 1
 m2583 obj 1
 m2584 obj 1
 m2585 obj 1
 m2586 obj 1
 m2587 obj 1
 m2588 obj 1
 m2589 obj 1
 m2589 r91 0.0057467355356080746
 m2590 obj 1
 m2591 obj 1
 m2592 obj 1
 m2593 obj 1
 m2594 obj 1
 m2595 obj 1
 m2596 obj 1
 m2597 obj 1
 m2598 obj 1
 m2599 obj 1
 m2600 obj 1
 m2601 obj 1
 m2602 obj 1
 m2603 obj 1
 m2603 r70 0.56617883186107099
 m2604 obj 1
 m2604 r70 0.33122221770798327
 m2605 obj 1
 m2606 obj 1
 m2607 obj 1
 m2608 obj 1
 m2609 obj 1
 m2610 obj 1
 m2611 obj 1
 m2612 obj 1
 m2613 obj 1
 m2614 obj 1
 m2615 obj 1
 m2616 obj 1
 m2617 obj 1
 m2618 obj 1
 m2619 obj 1
 m2620 obj 1
 m2621 obj 1
 m2622 obj 1
 m2623 obj 1
 m2624 obj 1
 m2625 obj 1
 m2626 obj 1
 m2627 obj 1
 m2628 obj 1
 m2629 obj 1
 m2630 obj 1
 m2631 obj 1
 m2632 obj 1
 m2633 obj 1
 m2634 obj 1
 m2635 obj 1
 m2636 obj 1
 m2637 obj 1
 m2638 obj 1
 m2639 obj 1
 m2640 obj 1
 m2641 obj 1
 m2642 obj 1
 m2643 obj 1
 m2644 obj 1
 m2645 obj 1
 m2646 obj 1
 m2647 obj 1
 m2648 obj 1
 m2649 obj 1
 m2650 obj 1
 m2651 obj 1
 m2652 obj 1
 m2653 obj 1
 m2654 obj 1
 m2655 obj 1
 m2656 obj 1
 m2657 obj 1
 m2658 obj 1
 m2659 obj 1
 m2659 r70 -0.047869417123459164
 m2660 obj 1
 m2660 r70 0.053860307937994463
 m2661 obj 1
 m2662 obj 1
 m2663 obj 1
 m2664 obj 1
 m2665 obj 1
 m2665 r36 0.93377546750044915
 m2666 obj 1
 m2666 r36 0.60541553916945956
 m2667 obj 1
 m2668 obj 1
 m2669 obj 1
 m2670 obj 1
 m2671 obj 1
 m2672 obj 1
 m2673 obj 1
 m2674 obj 1
 m2675 obj 1
 m2676 obj 1
 m2677 obj 1
 m2678 obj 1
 m2679 obj 1
 m2680 obj 1
 m2681 obj 1
 m2682 obj 1
 m2683 obj 1
 m2684 obj 1
 m2685 obj 1
 m2686 obj 1
 m2687 obj 1
 m2688 obj 1
 m2689 obj 1
 m2690 obj 1
 m2691 obj 1
 m2692 obj 1
 m2693 obj 1
 m2694 obj 1
 m2695 obj 1
 m2696 obj 1
 m2697 obj 1
 m2698 obj 1
 m2698 r99 0.91376612529469181
 m2699 obj 1
 m2699 r99 0.5015060074906339
 m2700 obj 1
 m2701 obj 1
 m2702 obj 1
 m2703 obj 1
 m2704 obj 1
 m2705 obj 1
 m2706 obj 1
 m2707 obj 1
 m2708 obj 1
 m2709 obj 1
 m2710 obj 1
 m2711 obj 1
 m2712 obj 1
 m2713 obj 1
 m2714 obj 1
 m2715 obj 1
 m2716 obj 1
 m2717 obj 1
 m2718 obj 1
 m2719 obj 1
 m2720 obj 1
 m2721 obj 1
 m2721 r36 -0.078584166034833758
 m2722 obj 1
 m2722 r36 0.09375231492637176
 m2723 obj 1
 m2724 obj 1
 m2725 obj 1
 m2726 obj 1
 m2727 obj 1
 m2728 obj 1
 m2729 obj 1
 m2730 obj 1
 m2730 r98 0.77230377248288196
 m2731 obj 1
 m2731 r98 0.48533432451029807
 m2732 obj 1
 m2733 obj 1
 m2734 obj 1
 m2735 obj 1
 m2736 obj 1
 m2737 obj 1
 m2738 obj 1
 m2739 obj 1
 m2740 obj 1
 m2741 obj 1
 m2742 obj 1
 m2743 obj 1
 m2744 obj 1
 m2745 obj 1
 m2746 obj 1
 m2747 obj 1
 m2748 obj 1
 m2749 obj 1
 m2750 obj 1
 m2751 obj 1
 m2752 obj 1
 m2753 obj 1
 m2754 obj 1
 m2754 r99 -0.076871318103065606
 m2755 obj 1
 m2755 r99 0.087802592758912473
 m2756 obj 1
 m2757 obj 1
 m2758 obj 1
 m2759 obj 1
 m2760 obj 1
 m2761 obj 1
 m2762 obj 1
 m2763 obj 1
 m2764 obj 1
 m2765 obj 1
 m2766 obj 1
 m2767 obj 1
 m2768 obj 1
 m2769 obj 1
 m2770 obj 1
 m2771 obj 1
 m2772 obj 1
 m2773 obj 1
 m2774 obj 1
 m2775 obj 1
 m2776 obj 1
 m2777 obj 1
 m2778 obj 1
 m2779 obj 1
 m2780 obj 1
 m2781 obj 1
 m2781 r28 0.69033533597794694
 m2782 obj 1
 m2782 r28 0.40095870031835368
 m2783 obj 1
 m2784 obj 1
 m2785 obj 1
 m2786 obj 1
 m2786 r98 -0.069520800168077157
 m2787 obj 1
 m2787 r98 0.073873794702913193
 m2788 obj 1
 m2789 obj 1
 m2790 obj 1
 m2791 obj 1
 m2792 obj 1
 m2793 obj 1
 m2794 obj 1
 m2795 obj 1
 m2796 obj 1
 m2797 obj 1
 m2798 obj 1
 m2799 obj 1
 m2800 obj 1
 m2801 obj 1
 m2802 obj 1
 m2803 obj 1
 m2804 obj 1
 m2805 obj 1
 m2806 obj 1
 m2807 obj 1
 m2808 obj 1
 m2809 obj 1
 m2810 obj 1
 m2811 obj 1
 m2812 obj 1
 m2813 obj 1
 m2814 obj 1
 m2815 obj 1
 m2816 obj 1
 m2817 obj 1
 m2817 r55 0.50339786346755822
 m2818 obj 1
 m2818 r55 0.31691372722932876
 m2819 obj 1
 m2820 obj 1
 m2821 obj 1
 m2822 obj 1
 m2823 obj 1
 m2824 obj 1
 m2825 obj 1
 m2826 obj 1
 m2827 obj 1
 m2828 obj 1
 m2829 obj 1
 m2830 obj 1
 m2831 obj 1
 m2832 obj 1
 m2832 r85 0.96604342215207128
 m2833 obj 1
 m2833 r85 0.56820227697196724
 m2834 obj 1
 m2835 obj 1
 m2836 obj 1
 m2836 r83 0.53244474081066651
 m2837 obj 1
 m2837 r28 -0.060358049530189729
 m2838 obj 1
 m2838 r28 0.060757690849325433
 m2839 obj 1
 m2840 obj 1
 m2841 obj 1
 m2842 obj 1
 m2843 obj 1
 m2844 obj 1
 m2845 obj 1
 m2846 obj 1
 m2847 obj 1
 m2848 obj 1
 m2849 obj 1
 m2850 obj 1
 m2851 obj 1
 m2852 obj 1
 m2853 obj 1
 m2854 obj 1
 m2855 obj 1
 m2856 obj 1
 m2857 obj 1
 m2858 obj 1
 m2859 obj 1
 m2860 obj 1
 m2861 obj 1
 m2862 obj 1
 m2863 obj 1
 m2864 obj 1
 m2865 obj 1
 m2866 obj 1
 m2867 obj 1
 m2868 obj 1
 m2869 obj 1
 m2869 r8 0.93743152824683118
 m2869 r94 0.74072420482158874
 m2870 obj 1
 m2870 r8 0.55723960658419025
 m2871 obj 1
 m2872 obj 1
 m2873 obj 1
 m2873 r55 -0.043665377548547504
 m2874 obj 1
 m2874 r55 0.055049134691143885
 m2875 obj 1
 m2876 obj 1
 m2877 obj 1
 m2878 obj 1
 m2879 obj 1
 m2880 obj 1
 m2881 obj 1
 m2882 obj 1
 m2883 obj 1
 m2884 obj 1
 m2885 obj 1
 m2886 obj 1
 m2887 obj 1
 m2888 obj 1
 m2888 r85 -0.087070801797931127
 m2889 obj 1
 m2889 r85 0.10151193095870613
 m2890 obj 1
 m2891 obj 1
 m2892 obj 1
 m2892 r83 0.0069966539017115859
 m2893 obj 1
 m2894 obj 1
 m2895 obj 1
 m2896 obj 1
 m2897 obj 1
 m2898 obj 1
 m2899 obj 1
 m2900 obj 1
 m2901 obj 1
 m2902 obj 1
 m2903 obj 1
 m2904 obj 1
 m2905 obj 1
 m2906 obj 1
 m2907 obj 1
 m2908 obj 1
 m2909 obj 1
 m2910 obj 1
 m2911 obj 1
 m2912 obj 1
 m2913 obj 1
 m2914 obj 1
 m2915 obj 1
 m2916 obj 1
 m2917 obj 1
 m2918 obj 1
 m2919 obj 1
 m2920 obj 1
 m2921 obj 1
 m2922 obj 1
 m2923 obj 1
 m2924 obj 1
 m2925 obj 1
 m2925 r8 -0.078498019048748535
 m2925 r94 0.0076598624399345366
 m2926 obj 1
 m2926 r8 0.091228347824677244
 m2927 obj 1
 m2928 obj 1
 m2929 obj 1
 m2930 obj 1
 m2931 obj 1
 m2932 obj 1
 m2933 obj 1
 m2934 obj 1
 m2935 obj 1
 m2936 obj 1
 m2937 obj 1
 m2938 obj 1
 m2939 obj 1
 m2940 obj 1
 m2941 obj 1
 m2942 obj 1
 m2943 obj 1
 m2944 obj 1
 m2945 obj 1
 m2946 obj 1
 m2947 obj 1
 m2948 obj 1
 m2949 obj 1
 m2950 obj 1
 m2951 obj 1
 m2952 obj 1
 m2953 obj 1
 m2954 obj 1
 m2955 obj 1
 m2956 obj 1
 m2957 obj 1
 m2958 obj 1
 m2959 obj 1
 m2960 obj 1
 m2961 obj 1
 m2962 obj 1
 m2963 obj 1
 m2964 obj 1
 m2965 obj 1
 m2966 obj 1
 m2967 obj 1
 m2968 obj 1
 m2969 obj 1
 m2970 obj 1
 m2971 obj 1
 m2972 obj 1
 m2973 obj 1
 m2974 obj 1
 m2975 obj 1
 m2976 obj 1
 m2977 obj 1
 m2978 obj 1
 m2979 obj 1
 m2980 obj 1
 m2981 obj 1
 m2982 obj 1
 m2982 r37 0.87072769185007703
 m2983 obj 1
 m2983 r37 0.5270381783934579
 m2984 obj 1
 m2985 obj 1
 m2985 r41 0.9542794994191105
 m2986 obj 1
 m2986 r41 0.58617441106932333
 m2987 obj 1
 m2988 obj 1
 m2989 obj 1
 m2990 obj 1
 m2991 obj 1
 m2992 obj 1
 m2993 obj 1
 m2994 obj 1
 m2995 obj 1
 m2996 obj 1
 m2997 obj 1
 m2997 r30 0.5670915832241249
 m2998 obj 1
 m2998 r30 0.33137156106590415
 m2999 obj 1
 m3000 obj 1
 m3001 obj 1
 m3002 obj 1
 m3003 obj 1
 m3004 obj 1
 m3005 obj 1
 m3006 obj 1
 m3007 obj 1
 m3008 obj 1
 m3009 obj 1
 m3010 obj 1
 m3011 obj 1
 m3012 obj 1
 m3013 obj 1
 m3014 obj 1
 m3015 obj 1
 m3016 obj 1
 m3017 obj 1
 m3018 obj 1
 m3019 obj 1
 m3020 obj 1
 m3021 obj 1
 m3022 obj 1
 m3023 obj 1
 m3024 obj 1
 m3025 obj 1
 m3026 obj 1
 m3027 obj 1
 m3028 obj 1
 m3029 obj 1
 m3030 obj 1
 m3031 obj 1
 m3032 obj 1
 m3033 obj 1
 m3034 obj 1
 m3034 r43 0.84738419831113898
 m3034 r50 0.68916079204801539
 m3035 obj 1
 m3035 r43 0.48530633409405516
 m3036 obj 1
 m3037 obj 1
 m3038 obj 1
 m3038 r37 -0.07386182690230865
 m3039 obj 1
 m3039 r37 0.098193974739830159
 m3040 obj 1
 m3040 r62 0.88333347905727111
 m3041 obj 1
 m3041 r41 -0.084710132708507829
 m3041 r62 0.53507041158052449
 m3042 obj 1
 m3042 r41 0.10284044757775561
 m3043 obj 1
 m3044 obj 1
 m3045 obj 1
 m3046 obj 1
 m3047 obj 1
 m3048 obj 1
 m3049 obj 1
 m3050 obj 1
 m3050 r14 0.5013235501954989
 m3050 r84 0.80071690160197495
 m3051 obj 1
 m3051 r14 0.30061915908012105
 m3051 r92 0.81096380182930017
 m3052 obj 1
 m3053 obj 1
 m3053 r30 -0.051775762803859975
 m3054 obj 1
 m3054 r30 0.057362884708334054
 m3055 obj 1
 m3056 obj 1
 m3057 obj 1
 m3058 obj 1
 m3059 obj 1
 m3060 obj 1
 m3061 obj 1
 m3062 obj 1
 m3063 obj 1
 m3064 obj 1
 m3065 obj 1
 m3066 obj 1
 m3067 obj 1
 m3068 obj 1
 m3069 obj 1
 m3070 obj 1
 m3071 obj 1
 m3072 obj 1
 m3073 obj 1
 m3074 obj 1
 m3075 obj 1
 m3076 obj 1
 m3077 obj 1
 m3078 obj 1
 m3079 obj 1
 m3080 obj 1
 m3081 obj 1
 m3082 obj 1
 m3083 obj 1
 m3084 obj 1
 m3085 obj 1
 m3086 obj 1
 m3087 obj 1
 m3088 obj 1
 m3089 obj 1
 m3090 obj 1
 m3090 r43 -0.067300540620177748
 m3091 obj 1
 m3091 r43 0.088564949070181337
 m3092 obj 1
 m3093 obj 1
 m3094 obj 1
 m3095 obj 1
 m3096 obj 1
 m3096 r62 -0.0728010198249881
 m3097 obj 1
 m3097 r62 0.10164874824898328
 m3098 obj 1
 m3099 obj 1
 m3100 obj 1
 m3101 obj 1
 m3102 obj 1
 m3103 obj 1
 m3104 obj 1
 m3105 obj 1
 m3106 obj 1
 m3106 r14 -0.044631532702638588
 m3106 r84 0.010227322304267233
 m3107 obj 1
 m3107 r14 0.053984779883700741
 m3107 r92 0.0091380353741592688
 m3108 obj 1
 m3109 obj 1
 m3110 obj 1
 m3111 obj 1
 m3112 obj 1
 m3113 obj 1
 m3114 obj 1
 m3115 obj 1
 m3116 obj 1
 m3117 obj 1
 m3118 obj 1
 m3119 obj 1
 m3120 obj 1
 m3121 obj 1
 m3122 obj 1
 m3123 obj 1
 m3124 obj 1
 m3125 obj 1
 m3126 obj 1
 m3127 obj 1
 m3128 obj 1
 m3129 obj 1
 m3130 obj 1
 m3131 obj 1
 m3132 obj 1
 m3133 obj 1
 m3134 obj 1
 m3135 obj 1
 MARKER 'MARKER' 'INTEND'
RHS
 RHS r0 0.44654690445536976
 RHS r1 0.410589807435365
 RHS r2 0.42304140512752031
 RHS r3 0.65120920396645676
 RHS r4 0.57845558197023972
 RHS r5 0.80990127418797997
 RHS r6 0.50749605926455632
 RHS r7 0.41858709216587847
 RHS r8 0.75380239620162115
 RHS r9 0.40515038394967329
 RHS r10 0.42468855838937741
 RHS r11 0.51167121691657125
 RHS r12 0.50661810126684559
 RHS r13 0.41992440753399107
 RHS r14 0.40574887878771104
 RHS r15 0.7993754515777437
 RHS r16 0.70810516454383865
 RHS r17 0.32863755189291782
 RHS r18 0.5254786197943192
 RHS r19 0.53018578201413014
 RHS r20 0.3879256482297001
 RHS r21 0.40052544695201731
 RHS r22 0.62890128130116441
 RHS r23 0.55814671916421832
 RHS r24 0.57460480710855177
 RHS r25 0.43678694673774859
 RHS r26 0.73612694954162938
 RHS r27 0.40618784038521405
 RHS r28 0.54594805121796341
 RHS r29 0.44835168572868456
 RHS r30 0.45212614069943236
 RHS r31 0.45086926732977584
 RHS r32 0.69735112429968127
 RHS r33 0.45741859404658947
 RHS r34 0.4617064963238508
 RHS r35 0.3135147079677445
 RHS r36 0.77728128930887419
 RHS r37 0.71115057886280797
 RHS r38 0.26677008478412984
 RHS r39 0.6957942022298087
 RHS r40 0.55626732276897961
 RHS r41 0.77939384068399975
 RHS r42 0.26895556768712037
 RHS r43 0.67707895898419801
 RHS r44 0.40561051869948811
 RHS r45 0.48502706570474319
 RHS r46 0.34734992776944401
 RHS r47 0.74475931882848034
 RHS r48 0.4692914668153344
 RHS r49 0.4088237430270239
 RHS r50 0.34468108518493751
 RHS r51 0.71056615880215424
 RHS r52 0.77718362920991024
 RHS r53 0.47914641153154475
 RHS r54 0.26867625561764691
 RHS r55 0.41594859294620035
 RHS r56 0.2879458529456011
 RHS r57 0.48252260998493657
 RHS r58 0.43315580659508907
 RHS r59 0.54441180651782706
 RHS r60 0.52536188574829801
 RHS r61 0.32480083866517984
 RHS r62 0.72372740238517141
 RHS r63 0.5303193184470496
 RHS r64 0.58840813246203427
 RHS r65 0.77431919749487654
 RHS r66 0.41110495747125064
 RHS r67 0.75753559317819552
 RHS r68 0.36580859245909647
 RHS r69 0.55205054982421509
 RHS r70 0.45179696932295599
 RHS r71 0.42382724844201503
 RHS r72 0.31168697005462209
 RHS r73 0.82456252378708328
 RHS r74 0.44470751496911898
 RHS r75 0.2967920985380767
 RHS r76 0.42403285498946713
 RHS r77 0.58908963007265414
 RHS r78 0.45482886033980291
 RHS r79 0.25927573092825562
 RHS r80 0.57918672371911828
 RHS r81 0.44477338698308366
 RHS r82 0.53414239660041629
 RHS r83 0.26982123679772752
 RHS r84 0.40557292289756114
 RHS r85 0.77444513697150419
 RHS r86 0.60239544052807104
 RHS r87 0.80735190078171049
 RHS r88 0.5382276257773132
 RHS r89 0.39736989377807425
 RHS r90 0.28267809935488336
 RHS r91 0.2724494586243606
 RHS r92 0.41015173870378546
 RHS r93 0.5836488861050726
 RHS r94 0.37429278201502836
 RHS r95 0.54157180442576658
 RHS r96 0.42148526521924284
 RHS r97 0.68249641566109653
 RHS r98 0.63109694679724138
 RHS r99 0.71320328366724095
BOUNDS
 LO BND       m0        0
 LO BND       m1        0
 LO BND       m2        0
 LO BND       m3        0
 LO BND       m4        0
 LO BND       m5        0
 LO BND       m6        0
 LO BND       m7        0
 LO BND       m8        0
 LO BND       m9        0
 LO BND       m10       0
 LO BND       m11       0
 LO BND       m12       0
 LO BND       m13       0
 LO BND       m14       0
 LO BND       m15       0
 LO BND       m16       0
 LO BND       m17       0
 LO BND       m18       0
 LO BND       m19       0
 LO BND       m20       0
 LO BND       m21       0
 LO BND       m22       0
 LO BND       m23       0
 LO BND       m24       0
 LO BND       m25       0
 LO BND       m26       0
 LO BND       m27       0
 LO BND       m28       0
 LO BND       m29       0
 LO BND       m30       0
 LO BND       m31       0
 LO BND       m32       0
 LO BND       m33       0
 LO BND       m34       0
 LO BND       m35       0
 LO BND       m36       0
 LO BND       m37       0
 LO BND       m38       0
 LO BND       m39       0
 LO BND       m40       0
 LO BND       m41       0
 LO BND       m42       0
 LO BND       m43       0
 LO BND       m44       0
 LO BND       m45       0
 LO BND       m46       0
 LO BND       m47       0
 LO BND       m48       0
 LO BND       m49       0
 LO BND       m50       0
 LO BND       m51       0
 LO BND       m52       0
 LO BND       m53       0
 LO BND       m54       0
 LO BND       m55       0
 LO BND       m56       0
 LO BND       m57       0
 LO BND       m58       0
 LO BND       m59       0
 LO BND       m60       0
 LO BND       m61       0
 LO BND       m62       0
 LO BND       m63       0
 LO BND       m64       0
 LO BND       m65       0
 LO BND       m66       0
 LO BND       m67       0
 LO BND       m68       0
 LO BND       m69       0
 LO BND       m70       0
 LO BND       m71       0
 LO BND       m72       0
 LO BND       m73       0
 LO BND       m74       0
 LO BND       m75       0
 LO BND       m76       0
 LO BND       m77       0
 LO BND       m78       0
 LO BND       m79       0
 LO BND       m80       0
 LO BND       m81       0
 LO BND       m82       0
 LO BND       m83       0
 LO BND       m84       0
 LO BND       m85       0
 LO BND       m86       0
 LO BND       m87       0
 LO BND       m88       0
 LO BND       m89       0
 LO BND       m90       0
 LO BND       m91       0
 LO BND       m92       0
 LO BND       m93       0
 LO BND       m94       0
 LO BND       m95       0
 LO BND       m96       0
 LO BND       m97       0
 LO BND       m98       0
 LO BND       m99       0
 LO BND       m100      0
 LO BND       m101      0
 LO BND       m102      0
 LO BND       m103      0
 LO BND       m104      0
 LO BND       m105      0
 LO BND       m106      0
 LO BND       m107      0
 LO BND       m108      0
 LO BND       m109      0
 LO BND       m110      0
 LO BND       m111      0
 LO BND       m112      0
 LO BND       m113      0
 LO BND       m114      0
 LO BND       m115      0
 LO BND       m116      0
 LO BND       m117      0
 LO BND       m118      0
 LO BND       m119      0
 LO BND       m120      0
 LO BND       m121      0
 LO BND       m122      0
 LO BND       m123      0
 LO BND       m124      0
 LO BND       m125      0
 LO BND       m126      0
 LO BND       m127      0
 LO BND       m128      0
 LO BND       m129      0
 LO BND       m130      0
 LO BND       m131      0
 LO BND       m132      0
 LO BND       m133      0
 LO BND       m134      0
 LO BND       m135      0
 LO BND       m136      0
 LO BND       m137      0
 LO BND       m138      0
 LO BND       m139      0
 LO BND       m140      0
 LO BND       m141      0
 LO BND       m142      0
 LO BND       m143      0
 LO BND       m144      0
 LO BND       m145      0
 LO BND       m146      0
 LO BND       m147      0
 LO BND       m148      0
 LO BND       m149      0
 LO BND       m150      0
 LO BND       m151      0
 LO BND       m152      0
 LO BND       m153      0
 LO BND       m154      0
 LO BND       m155      0
 LO BND       m156      0
 LO BND       m157      0
 LO BND       m158      0
 LO BND       m159      0
 LO BND       m160      0
 LO BND       m161      0
 LO BND       m162      0
 LO BND       m163      0
 LO BND       m164      0
 LO BND       m165      0
 LO BND       m166      0
 LO BND       m167      0
 LO BND       m168      0
 LO BND       m169      0
 LO BND       m170      0
 LO BND       m171      0
 LO BND       m172      0
 LO BND       m173      0
 LO BND       m174      0
 LO BND       m175      0
 LO BND       m176      0
 LO BND       m177      0
 LO BND       m178      0
 LO BND       m179      0
 LO BND       m180      0
 LO BND       m181      0
 LO BND       m182      0
 LO BND       m183      0
 LO BND       m184      0
 LO BND       m185      0
 LO BND       m186      0
 LO BND       m187      0
 LO BND       m188      0
 LO BND       m189      0
 LO BND       m190      0
 LO BND       m191      0
 LO BND       m192      0
 LO BND       m193      0
 LO BND       m194      0
 LO BND       m195      0
 LO BND       m196      0
 LO BND       m197      0
 LO BND       m198      0
 LO BND       m199      0
 LO BND       m200      0
 LO BND       m201      0
 LO BND       m202      0
 LO BND       m203      0
 LO BND       m204      0
 LO BND       m205      0
 LO BND       m206      0
 LO BND       m207      0
 LO BND       m208      0
 LO BND       m209      0
 LO BND       m210      0
 LO BND       m211      0
 LO BND       m212      0
 LO BND       m213      0
 LO BND       m214      0
 LO BND       m215      0
 LO BND       m216      0
 LO BND       m217      0
 LO BND       m218      0
 LO BND       m219      0
 LO BND       m220      0
 LO BND       m221      0
 LO BND       m222      0
 LO BND       m223      0
 LO BND       m224      0
 LO BND       m225      0
 LO BND       m226      0
 LO BND       m227      0
 LO BND       m228      0
 LO BND       m229      0
 LO BND       m230      0
 LO BND       m231      0
 LO BND       m232      0
 LO BND       m233      0
 LO BND       m234      0
 LO BND       m235      0
 LO BND       m236      0
 LO BND       m237      0
 LO BND       m238      0
 LO BND       m239      0
 LO BND       m240      0
 LO BND       m241      0
 LO BND       m242      0
 LO BND       m243      0
 LO BND       m244      0
 LO BND       m245      0
 LO BND       m246      0
 LO BND       m247      0
 LO BND       m248      0
 LO BND       m249      0
 LO BND       m250      0
 LO BND       m251      0
 LO BND       m252      0
 LO BND       m253      0
 LO BND       m254      0
 LO BND       m255      0
 LO BND       m256      0
 LO BND       m257      0
 LO BND       m258      0
 LO BND       m259      0
 LO BND       m260      0
 LO BND       m261      0
 LO BND       m262      0
 LO BND       m263      0
 LO BND       m264      0
 LO BND       m265      0
 LO BND       m266      0
 LO BND       m267      0
 LO BND       m268      0
 LO BND       m269      0
 LO BND       m270      0
 LO BND       m271      0
 LO BND       m272      0
 LO BND       m273      0
 LO BND       m274      0
 LO BND       m275      0
 LO BND       m276      0
 LO BND       m277      0
 LO BND       m278      0
 LO BND       m279      0
 LO BND       m280      0
 LO BND       m281      0
 LO BND       m282      0
 LO BND       m283      0
 LO BND       m284      0
 LO BND       m285      0
 LO BND       m286      0
 LO BND       m287      0
 LO BND       m288      0
 LO BND       m289      0
 LO BND       m290      0
 LO BND       m291      0
 LO BND       m292      0
 LO BND       m293      0
 LO BND       m294      0
 LO BND       m295      0
 LO BND       m296      0
 LO BND       m297      0
 LO BND       m298      0
 LO BND       m299      0
 LO BND       m300      0
 LO BND       m301      0
 LO BND       m302      0
 LO BND       m303      0
 LO BND       m304      0
 LO BND       m305      0
 LO BND       m306      0
 LO BND       m307      0
 LO BND       m308      0
 LO BND       m309      0
 LO BND       m310      0
 LO BND       m311      0
 LO BND       m312      0
 LO BND       m313      0
 LO BND       m314      0
 LO BND       m315      0
 LO BND       m316      0
 LO BND       m317      0
 LO BND       m318      0
 LO BND       m319      0
 LO BND       m320      0
 LO BND       m321      0
 LO BND       m322      0
 LO BND       m323      0
 LO BND       m324      0
 LO BND       m325      0
 LO BND       m326      0
 LO BND       m327      0
 LO BND       m328      0
 LO BND       m329      0
 LO BND       m330      0
 LO BND       m331      0
 LO BND       m332      0
 LO BND       m333      0
 LO BND       m334      0
 LO BND       m335      0
 LO BND       m336      0
 LO BND       m337      0
 LO BND       m338      0
 LO BND       m339      0
 LO BND       m340      0
 LO BND       m341      0
 LO BND       m342      0
 LO BND       m343      0
 LO BND       m344      0
 LO BND       m345      0
 LO BND       m346      0
 LO BND       m347      0
 LO BND       m348      0
 LO BND       m349      0
 LO BND       m350      0
 LO BND       m351      0
 LO BND       m352      0
 LO BND       m353      0
 LO BND       m354      0
 LO BND       m355      0
 LO BND       m356      0
 LO BND       m357      0
 LO BND       m358      0
 LO BND       m359      0
 LO BND       m360      0
 LO BND       m361      0
 LO BND       m362      0
 LO BND       m363      0
 LO BND       m364      0
 LO BND       m365      0
 LO BND       m366      0
 LO BND       m367      0
 LO BND       m368      0
 LO BND       m369      0
 LO BND       m370      0
 LO BND       m371      0
 LO BND       m372      0
 LO BND       m373      0
 LO BND       m374      0
 LO BND       m375      0
 LO BND       m376      0
 LO BND       m377      0
 LO BND       m378      0
 LO BND       m379      0
 LO BND       m380      0
 LO BND       m381      0
 LO BND       m382      0
 LO BND       m383      0
 LO BND       m384      0
 LO BND       m385      0
 LO BND       m386      0
 LO BND       m387      0
 LO BND       m388      0
 LO BND       m389      0
 LO BND       m390      0
 LO BND       m391      0
 LO BND       m392      0
 LO BND       m393      0
 LO BND       m394      0
 LO BND       m395      0
 LO BND       m396      0
 LO BND       m397      0
 LO BND       m398      0
 LO BND       m399      0
 LO BND       m400      0
 LO BND       m401      0
 LO BND       m402      0
 LO BND       m403      0
 LO BND       m404      0
 LO BND       m405      0
 LO BND       m406      0
 LO BND       m407      0
 LO BND       m408      0
 LO BND       m409      0
 LO BND       m410      0
 LO BND       m411      0
 LO BND       m412      0
 LO BND       m413      0
 LO BND       m414      0
 LO BND       m415      0
 LO BND       m416      0
 LO BND       m417      0
 LO BND       m418      0
 LO BND       m419      0
 LO BND       m420      0
 LO BND       m421      0
 LO BND       m422      0
 LO BND       m423      0
 LO BND       m424      0
 LO BND       m425      0
 LO BND       m426      0
 LO BND       m427      0
 LO BND       m428      0
 LO BND       m429      0
 LO BND       m430      0
 LO BND       m431      0
 LO BND       m432      0
 LO BND       m433      0
 LO BND       m434      0
 LO BND       m435      0
 LO BND       m436      0
 LO BND       m437      0
 LO BND       m438      0
 LO BND       m439      0
 LO BND       m440      0
 LO BND       m441      0
 LO BND       m442      0
 LO BND       m443      0
 LO BND       m444      0
 LO BND       m445      0
 LO BND       m446      0
 LO BND       m447      0
 LO BND       m448      0
 LO BND       m449      0
 LO BND       m450      0
 LO BND       m451      0
 LO BND       m452      0
 LO BND       m453      0
 LO BND       m454      0
 LO BND       m455      0
 LO BND       m456      0
 LO BND       m457      0
 LO BND       m458      0
 LO BND       m459      0
 LO BND       m460      0
 LO BND       m461      0
 LO BND       m462      0
 LO BND       m463      0
 LO BND       m464      0
 LO BND       m465      0
 LO BND       m466      0
 LO BND       m467      0
 LO BND       m468      0
 LO BND       m469      0
 LO BND       m470      0
 LO BND       m471      0
 LO BND       m472      0
 LO BND       m473      0
 LO BND       m474      0
 LO BND       m475      0
 LO BND       m476      0
 LO BND       m477      0
 LO BND       m478      0
 LO BND       m479      0
 LO BND       m480      0
 LO BND       m481      0
 LO BND       m482      0
 LO BND       m483      0
 LO BND       m484      0
 LO BND       m485      0
 LO BND       m486      0
 LO BND       m487      0
 LO BND       m488      0
 LO BND       m489      0
 LO BND       m490      0
 LO BND       m491      0
 LO BND       m492      0
 LO BND       m493      0
 LO BND       m494      0
 LO BND       m495      0
 LO BND       m496      0
 LO BND       m497      0
 LO BND       m498      0
 LO BND       m499      0
 LO BND       m500      0
 LO BND       m501      0
 LO BND       m502      0
 LO BND       m503      0
 LO BND       m504      0
 LO BND       m505      0
 LO BND       m506      0
 LO BND       m507      0
 LO BND       m508      0
 LO BND       m509      0
 LO BND       m510      0
 LO BND       m511      0
 LO BND       m512      0
 LO BND       m513      0
 LO BND       m514      0
 LO BND       m515      0
 LO BND       m516      0
 LO BND       m517      0
 LO BND       m518      0
 LO BND       m519      0
 LO BND       m520      0
 LO BND       m521      0
 LO BND       m522      0
 LO BND       m523      0
 LO BND       m524      0
 LO BND       m525      0
 LO BND       m526      0
 LO BND       m527      0
 LO BND       m528      0
 LO BND       m529      0
 LO BND       m530      0
 LO BND       m531      0
 LO BND       m532      0
 LO BND       m533      0
 LO BND       m534      0
 LO BND       m535      0
 LO BND       m536      0
 LO BND       m537      0
 LO BND       m538      0
 LO BND       m539      0
 LO BND       m540      0
 LO BND       m541      0
 LO BND       m542      0
 LO BND       m543      0
 LO BND       m544      0
 LO BND       m545      0
 LO BND       m546      0
 LO BND       m547      0
 LO BND       m548      0
 LO BND       m549      0
 LO BND       m550      0
 LO BND       m551      0
 LO BND       m552      0
 LO BND       m553      0
 LO BND       m554      0
 LO BND       m555      0
 LO BND       m556      0
 LO BND       m557      0
 LO BND       m558      0
 LO BND       m559      0
 LO BND       m560      0
 LO BND       m561      0
 LO BND       m562      0
 LO BND       m563      0
 LO BND       m564      0
 LO BND       m565      0
 LO BND       m566      0
 LO BND       m567      0
 LO BND       m568      0
 LO BND       m569      0
 LO BND       m570      0
 LO BND       m571      0
 LO BND       m572      0
 LO BND       m573      0
 LO BND       m574      0
 LO BND       m575      0
 LO BND       m576      0
 LO BND       m577      0
 LO BND       m578      0
 LO BND       m579      0
 LO BND       m580      0
 LO BND       m581      0
 LO BND       m582      0
 LO BND       m583      0
 LO BND       m584      0
 LO BND       m585      0
 LO BND       m586      0
 LO BND       m587      0
 LO BND       m588      0
 LO BND       m589      0
 LO BND       m590      0
 LO BND       m591      0
 LO BND       m592      0
 LO BND       m593      0
 LO BND       m594      0
 LO BND       m595      0
 LO BND       m596      0
 LO BND       m597      0
 LO BND       m598      0
 LO BND       m599      0
 LO BND       m600      0
 LO BND       m601      0
 LO BND       m602      0
 LO BND       m603      0
 LO BND       m604      0
 LO BND       m605      0
 LO BND       m606      0
 LO BND       m607      0
 LO BND       m608      0
 LO BND       m609      0
 LO BND       m610      0
 LO BND       m611      0
 LO BND       m612      0
 LO BND       m613      0
 LO BND       m614      0
 LO BND       m615      0
 LO BND       m616      0
 LO BND       m617      0
 LO BND       m618      0
 LO BND       m619      0
 LO BND       m620      0
 LO BND       m621      0
 LO BND       m622      0
 LO BND       m623      0
 LO BND       m624      0
 LO BND       m625      0
 LO BND       m626      0
 LO BND       m627      0
 LO BND       m628      0
 LO BND       m629      0
 LO BND       m630      0
 LO BND       m631      0
 LO BND       m632      0
 LO BND       m633      0
 LO BND       m634      0
 LO BND       m635      0
 LO BND       m636      0
 LO BND       m637      0
 LO BND       m638      0
 LO BND       m639      0
 LO BND       m640      0
 LO BND       m641      0
 LO BND       m642      0
 LO BND       m643      0
 LO BND       m644      0
 LO BND       m645      0
 LO BND       m646      0
 LO BND       m647      0
 LO BND       m648      0
 LO BND       m649      0
 LO BND       m650      0
 LO BND       m651      0
 LO BND       m652      0
 LO BND       m653      0
 LO BND       m654      0
 LO BND       m655      0
 LO BND       m656      0
 LO BND       m657      0
 LO BND       m658      0
 LO BND       m659      0
 LO BND       m660      0
 LO BND       m661      0
 LO BND       m662      0
 LO BND       m663      0
 LO BND       m664      0
 LO BND       m665      0
 LO BND       m666      0
 LO BND       m667      0
 LO BND       m668      0
 LO BND       m669      0
 LO BND       m670      0
 LO BND       m671      0
 LO BND       m672      0
 LO BND       m673      0
 LO BND       m674      0
 LO BND       m675      0
 LO BND       m676      0
 LO BND       m677      0
 LO BND       m678      0
 LO BND       m679      0
 LO BND       m680      0
 LO BND       m681      0
 LO BND       m682      0
 LO BND       m683      0
 LO BND       m684      0
 LO BND       m685      0
 LO BND       m686      0
 LO BND       m687      0
 LO BND       m688      0
 LO BND       m689      0
 LO BND       m690      0
 LO BND       m691      0
 LO BND       m692      0
 LO BND       m693      0
 LO BND       m694      0
 LO BND       m695      0
 LO BND       m696      0
 LO BND       m697      0
 LO BND       m698      0
 LO BND       m699      0
 LO BND       m700      0
 LO BND       m701      0
 LO BND       m702      0
 LO BND       m703      0
 LO BND       m704      0
 LO BND       m705      0
 LO BND       m706      0
 LO BND       m707      0
 LO BND       m708      0
 LO BND       m709      0
 LO BND       m710      0
 LO BND       m711      0
 LO BND       m712      0
 LO BND       m713      0
 LO BND       m714      0
 LO BND       m715      0
 LO BND       m716      0
 LO BND       m717      0
 LO BND       m718      0
 LO BND       m719      0
 LO BND       m720      0
 LO BND       m721      0
 LO BND       m722      0
 LO BND       m723      0
 LO BND       m724      0
 LO BND       m725      0
 LO BND       m726      0
 LO BND       m727      0
 LO BND       m728      0
 LO BND       m729      0
 LO BND       m730      0
 LO BND       m731      0
 LO BND       m732      0
 LO BND       m733      0
 LO BND       m734      0
 LO BND       m735      0
 LO BND       m736      0
 LO BND       m737      0
 LO BND       m738      0
 LO BND       m739      0
 LO BND       m740      0
 LO BND       m741      0
 LO BND       m742      0
 LO BND       m743      0
 LO BND       m744      0
 LO BND       m745      0
 LO BND       m746      0
 LO BND       m747      0
 LO BND       m748      0
 LO BND       m749      0
 LO BND       m750      0
 LO BND       m751      0
 LO BND       m752      0
 LO BND       m753      0
 LO BND       m754      0
 LO BND       m755      0
 LO BND       m756      0
 LO BND       m757      0
 LO BND       m758      0
 LO BND       m759      0
 LO BND       m760      0
 LO BND       m761      0
 LO BND       m762      0
 LO BND       m763      0
 LO BND       m764      0
 LO BND       m765      0
 LO BND       m766      0
 LO BND       m767      0
 LO BND       m768      0
 LO BND       m769      0
 LO BND       m770      0
 LO BND       m771      0
 LO BND       m772      0
 LO BND       m773      0
 LO BND       m774      0
 LO BND       m775      0
 LO BND       m776      0
 LO BND       m777      0
 LO BND       m778      0
 LO BND       m779      0
 LO BND       m780      0
 LO BND       m781      0
 LO BND       m782      0
 LO BND       m783      0
 LO BND       m784      0
 LO BND       m785      0
 LO BND       m786      0
 LO BND       m787      0
 LO BND       m788      0
 LO BND       m789      0
 LO BND       m790      0
 LO BND       m791      0
 LO BND       m792      0
 LO BND       m793      0
 LO BND       m794      0
 LO BND       m795      0
 LO BND       m796      0
 LO BND       m797      0
 LO BND       m798      0
 LO BND       m799      0
 LO BND       m800      0
 LO BND       m801      0
 LO BND       m802      0
 LO BND       m803      0
 LO BND       m804      0
 LO BND       m805      0
 LO BND       m806      0
 LO BND       m807      0
 LO BND       m808      0
 LO BND       m809      0
 LO BND       m810      0
 LO BND       m811      0
 LO BND       m812      0
 LO BND       m813      0
 LO BND       m814      0
 LO BND       m815      0
 LO BND       m816      0
 LO BND       m817      0
 LO BND       m818      0
 LO BND       m819      0
 LO BND       m820      0
 LO BND       m821      0
 LO BND       m822      0
 LO BND       m823      0
 LO BND       m824      0
 LO BND       m825      0
 LO BND       m826      0
 LO BND       m827      0
 LO BND       m828      0
 LO BND       m829      0
 LO BND       m830      0
 LO BND       m831      0
 LO BND       m832      0
 LO BND       m833      0
 LO BND       m834      0
 LO BND       m835      0
 LO BND       m836      0
 LO BND       m837      0
 LO BND       m838      0
 LO BND       m839      0
 LO BND       m840      0
 LO BND       m841      0
 LO BND       m842      0
 LO BND       m843      0
 LO BND       m844      0
 LO BND       m845      0
 LO BND       m846      0
 LO BND       m847      0
 LO BND       m848      0
 LO BND       m849      0
 LO BND       m850      0
 LO BND       m851      0
 LO BND       m852      0
 LO BND       m853      0
 LO BND       m854      0
 LO BND       m855      0
 LO BND       m856      0
 LO BND       m857      0
 LO BND       m858      0
 LO BND       m859      0
 LO BND       m860      0
 LO BND       m861      0
 LO BND       m862      0
 LO BND       m863      0
 LO BND       m864      0
 LO BND       m865      0
 LO BND       m866      0
 LO BND       m867      0
 LO BND       m868      0
 LO BND       m869      0
 LO BND       m870      0
 LO BND       m871      0
 LO BND       m872      0
 LO BND       m873      0
 LO BND       m874      0
 LO BND       m875      0
 LO BND       m876      0
 LO BND       m877      0
 LO BND       m878      0
 LO BND       m879      0
 LO BND       m880      0
 LO BND       m881      0
 LO BND       m882      0
 LO BND       m883      0
 LO BND       m884      0
 LO BND       m885      0
 LO BND       m886      0
 LO BND       m887      0
 LO BND       m888      0
 LO BND       m889      0
 LO BND       m890      0
 LO BND       m891      0
 LO BND       m892      0
 LO BND       m893      0
 LO BND       m894      0
 LO BND       m895      0
 LO BND       m896      0
 LO BND       m897      0
 LO BND       m898      0
 LO BND       m899      0
 LO BND       m900      0
 LO BND       m901      0
 LO BND       m902      0
 LO BND       m903      0
 LO BND       m904      0
 LO BND       m905      0
 LO BND       m906      0
 LO BND       m907      0
 LO BND       m908      0
 LO BND       m909      0
 LO BND       m910      0
 LO BND       m911      0
 LO BND       m912      0
 LO BND       m913      0
 LO BND       m914      0
 LO BND       m915      0
 LO BND       m916      0
 LO BND       m917      0
 LO BND       m918      0
 LO BND       m919      0
 LO BND       m920      0
 LO BND       m921      0
 LO BND       m922      0
 LO BND       m923      0
 LO BND       m924      0
 LO BND       m925      0
 LO BND       m926      0
 LO BND       m927      0
 LO BND       m928      0
 LO BND       m929      0
 LO BND       m930      0
 LO BND       m931      0
 LO BND       m932      0
 LO BND       m933      0
 LO BND       m934      0
 LO BND       m935      0
 LO BND       m936      0
 LO BND       m937      0
 LO BND       m938      0
 LO BND       m939      0
 LO BND       m940      0
 LO BND       m941      0
 LO BND       m942      0
 LO BND       m943      0
 LO BND       m944      0
 LO BND       m945      0
 LO BND       m946      0
 LO BND       m947      0
 LO BND       m948      0
 LO BND       m949      0
 LO BND       m950      0
 LO BND       m951      0
 LO BND       m952      0
 LO BND       m953      0
 LO BND       m954      0
 LO BND       m955      0
 LO BND       m956      0
 LO BND       m957      0
 LO BND       m958      0
 LO BND       m959      0
 LO BND       m960      0
 LO BND       m961      0
 LO BND       m962      0
 LO BND       m963      0
 LO BND       m964      0
 LO BND       m965      0
 LO BND       m966      0
 LO BND       m967      0
 LO BND       m968      0
 LO BND       m969      0
 LO BND       m970      0
 LO BND       m971      0
 LO BND       m972      0
 LO BND       m973      0
 LO BND       m974      0
 LO BND       m975      0
 LO BND       m976      0
 LO BND       m977      0
 LO BND       m978      0
 LO BND       m979      0
 LO BND       m980      0
 LO BND       m981      0
 LO BND       m982      0
 LO BND       m983      0
 LO BND       m984      0
 LO BND       m985      0
 LO BND       m986      0
 LO BND       m987      0
 LO BND       m988      0
 LO BND       m989      0
 LO BND       m990      0
 LO BND       m991      0
 LO BND       m992      0
 LO BND       m993      0
 LO BND       m994      0
 LO BND       m995      0
 LO BND       m996      0
 LO BND       m997      0
 LO BND       m998      0
 LO BND       m999      0
 LO BND       m1000     0
 LO BND       m1001     0
 LO BND       m1002     0
 LO BND       m1003     0
 LO BND       m1004     0
 LO BND       m1005     0
 LO BND       m1006     0
 LO BND       m1007     0
 LO BND       m1008     0
 LO BND       m1009     0
 LO BND       m1010     0
 LO BND       m1011     0
 LO BND       m1012     0
 LO BND       m1013     0
 LO BND       m1014     0
 LO BND       m1015     0
 LO BND       m1016     0
 LO BND       m1017     0
 LO BND       m1018     0
 LO BND       m1019     0
 LO BND       m1020     0
 LO BND       m1021     0
 LO BND       m1022     0
 LO BND       m1023     0
 LO BND       m1024     0
 LO BND       m1025     0
 LO BND       m1026     0
 LO BND       m1027     0
 LO BND       m1028     0
 LO BND       m1029     0
 LO BND       m1030     0
 LO BND       m1031     0
 LO BND       m1032     0
 LO BND       m1033     0
 LO BND       m1034     0
 LO BND       m1035     0
 LO BND       m1036     0
 LO BND       m1037     0
 LO BND       m1038     0
 LO BND       m1039     0
 LO BND       m1040     0
 LO BND       m1041     0
 LO BND       m1042     0
 LO BND       m1043     0
 LO BND       m1044     0
 LO BND       m1045     0
 LO BND       m1046     0
 LO BND       m1047     0
 LO BND       m1048     0
 LO BND       m1049     0
 LO BND       m1050     0
 LO BND       m1051     0
 LO BND       m1052     0
 LO BND       m1053     0
 LO BND       m1054     0
 LO BND       m1055     0
 LO BND       m1056     0
 LO BND       m1057     0
 LO BND       m1058     0
 LO BND       m1059     0
 LO BND       m1060     0
 LO BND       m1061     0
 LO BND       m1062     0
 LO BND       m1063     0
 LO BND       m1064     0
 LO BND       m1065     0
 LO BND       m1066     0
 LO BND       m1067     0
 LO BND       m1068     0
 LO BND       m1069     0
 LO BND       m1070     0
 LO BND       m1071     0
 LO BND       m1072     0
 LO BND       m1073     0
 LO BND       m1074     0
 LO BND       m1075     0
 LO BND       m1076     0
 LO BND       m1077     0
 LO BND       m1078     0
 LO BND       m1079     0
 LO BND       m1080     0
 LO BND       m1081     0
 LO BND       m1082     0
 LO BND       m1083     0
 LO BND       m1084     0
 LO BND       m1085     0
 LO BND       m1086     0
 LO BND       m1087     0
 LO BND       m1088     0
 LO BND       m1089     0
 LO BND       m1090     0
 LO BND       m1091     0
 LO BND       m1092     0
 LO BND       m1093     0
 LO BND       m1094     0
 LO BND       m1095     0
 LO BND       m1096     0
 LO BND       m1097     0
 LO BND       m1098     0
 LO BND       m1099     0
 LO BND       m1100     0
 LO BND       m1101     0
 LO BND       m1102     0
 LO BND       m1103     0
 LO BND       m1104     0
 LO BND       m1105     0
 LO BND       m1106     0
 LO BND       m1107     0
 LO BND       m1108     0
 LO BND       m1109     0
 LO BND       m1110     0
 LO BND       m1111     0
 LO BND       m1112     0
 LO BND       m1113     0
 LO BND       m1114     0
 LO BND       m1115     0
 LO BND       m1116     0
 LO BND       m1117     0
 LO BND       m1118     0
 LO BND       m1119     0
 LO BND       m1120     0
 LO BND       m1121     0
 LO BND       m1122     0
 LO BND       m1123     0
 LO BND       m1124     0
 LO BND       m1125     0
 LO BND       m1126     0
 LO BND       m1127     0
 LO BND       m1128     0
 LO BND       m1129     0
 LO BND       m1130     0
 LO BND       m1131     0
 LO BND       m1132     0
 LO BND       m1133     0
 LO BND       m1134     0
 LO BND       m1135     0
 LO BND       m1136     0
 LO BND       m1137     0
 LO BND       m1138     0
 LO BND       m1139     0
 LO BND       m1140     0
 LO BND       m1141     0
 LO BND       m1142     0
 LO BND       m1143     0
 LO BND       m1144     0
 LO BND       m1145     0
 LO BND       m1146     0
 LO BND       m1147     0
 LO BND       m1148     0
 LO BND       m1149     0
 LO BND       m1150     0
 LO BND       m1151     0
 LO BND       m1152     0
 LO BND       m1153     0
 LO BND       m1154     0
 LO BND       m1155     0
 LO BND       m1156     0
 LO BND       m1157     0
 LO BND       m1158     0
 LO BND       m1159     0
 LO BND       m1160     0
 LO BND       m1161     0
 LO BND       m1162     0
 LO BND       m1163     0
 LO BND       m1164     0
 LO BND       m1165     0
 LO BND       m1166     0
 LO BND       m1167     0
 LO BND       m1168     0
 LO BND       m1169     0
 LO BND       m1170     0
 LO BND       m1171     0
 LO BND       m1172     0
 LO BND       m1173     0
 LO BND       m1174     0
 LO BND       m1175     0
 LO BND       m1176     0
 LO BND       m1177     0
 LO BND       m1178     0
 LO BND       m1179     0
 LO BND       m1180     0
 LO BND       m1181     0
 LO BND       m1182     0
 LO BND       m1183     0
 LO BND       m1184     0
 LO BND       m1185     0
 LO BND       m1186     0
 LO BND       m1187     0
 LO BND       m1188     0
 LO BND       m1189     0
 LO BND       m1190     0
 LO BND       m1191     0
 LO BND       m1192     0
 LO BND       m1193     0
 LO BND       m1194     0
 LO BND       m1195     0
 LO BND       m1196     0
 LO BND       m1197     0
 LO BND       m1198     0
 LO BND       m1199     0
 LO BND       m1200     0
 LO BND       m1201     0
 LO BND       m1202     0
 LO BND       m1203     0
 LO BND       m1204     0
 LO BND       m1205     0
 LO BND       m1206     0
 LO BND       m1207     0
 LO BND       m1208     0
 LO BND       m1209     0
 LO BND       m1210     0
 LO BND       m1211     0
 LO BND       m1212     0
 LO BND       m1213     0
 LO BND       m1214     0
 LO BND       m1215     0
 LO BND       m1216     0
 LO BND       m1217     0
 LO BND       m1218     0
 LO BND       m1219     0
 LO BND       m1220     0
 LO BND       m1221     0
 LO BND       m1222     0
 LO BND       m1223     0
 LO BND       m1224     0
 LO BND       m1225     0
 LO BND       m1226     0
 LO BND       m1227     0
 LO BND       m1228     0
 LO BND       m1229     0
 LO BND       m1230     0
 LO BND       m1231     0
 LO BND       m1232     0
 LO BND       m1233     0
 LO BND       m1234     0
 LO BND       m1235     0
 LO BND       m1236     0
 LO BND       m1237     0
 LO BND       m1238     0
 LO BND       m1239     0
 LO BND       m1240     0
 LO BND       m1241     0
 LO BND       m1242     0
 LO BND       m1243     0
 LO BND       m1244     0
 LO BND       m1245     0
 LO BND       m1246     0
 LO BND       m1247     0
 LO BND       m1248     0
 LO BND       m1249     0
 LO BND       m1250     0
 LO BND       m1251     0
 LO BND       m1252     0
 LO BND       m1253     0
 LO BND       m1254     0
 LO BND       m1255     0
 LO BND       m1256     0
 LO BND       m1257     0
 LO BND       m1258     0
 LO BND       m1259     0
 LO BND       m1260     0
 LO BND       m1261     0
 LO BND       m1262     0
 LO BND       m1263     0
 LO BND       m1264     0
 LO BND       m1265     0
 LO BND       m1266     0
 LO BND       m1267     0
 LO BND       m1268     0
 LO BND       m1269     0
 LO BND       m1270     0
 LO BND       m1271     0
 LO BND       m1272     0
 LO BND       m1273     0
 LO BND       m1274     0
 LO BND       m1275     0
 LO BND       m1276     0
 LO BND       m1277     0
 LO BND       m1278     0
 LO BND       m1279     0
 LO BND       m1280     0
 LO BND       m1281     0
 LO BND       m1282     0
 LO BND       m1283     0
 LO BND       m1284     0
 LO BND       m1285     0
 LO BND       m1286     0
 LO BND       m1287     0
 LO BND       m1288     0
 LO BND       m1289     0
 LO BND       m1290     0
 LO BND       m1291     0
 LO BND       m1292     0
 LO BND       m1293     0
 LO BND       m1294     0
 LO BND       m1295     0
 LO BND       m1296     0
 LO BND       m1297     0
 LO BND       m1298     0
 LO BND       m1299     0
 LO BND       m1300     0
 LO BND       m1301     0
 LO BND       m1302     0
 LO BND       m1303     0
 LO BND       m1304     0
 LO BND       m1305     0
 LO BND       m1306     0
 LO BND       m1307     0
 LO BND       m1308     0
 LO BND       m1309     0
 LO BND       m1310     0
 LO BND       m1311     0
 LO BND       m1312     0
 LO BND       m1313     0
 LO BND       m1314     0
 LO BND       m1315     0
 LO BND       m1316     0
 LO BND       m1317     0
 LO BND       m1318     0
 LO BND       m1319     0
 LO BND       m1320     0
 LO BND       m1321     0
 LO BND       m1322     0
 LO BND       m1323     0
 LO BND       m1324     0
 LO BND       m1325     0
 LO BND       m1326     0
 LO BND       m1327     0
 LO BND       m1328     0
 LO BND       m1329     0
 LO BND       m1330     0
 LO BND       m1331     0
 LO BND       m1332     0
 LO BND       m1333     0
 LO BND       m1334     0
 LO BND       m1335     0
 LO BND       m1336     0
 LO BND       m1337     0
 LO BND       m1338     0
 LO BND       m1339     0
 LO BND       m1340     0
 LO BND       m1341     0
 LO BND       m1342     0
 LO BND       m1343     0
 LO BND       m1344     0
 LO BND       m1345     0
 LO BND       m1346     0
 LO BND       m1347     0
 LO BND       m1348     0
 LO BND       m1349     0
 LO BND       m1350     0
 LO BND       m1351     0
 LO BND       m1352     0
 LO BND       m1353     0
 LO BND       m1354     0
 LO BND       m1355     0
 LO BND       m1356     0
 LO BND       m1357     0
 LO BND       m1358     0
 LO BND       m1359     0
 LO BND       m1360     0
 LO BND       m1361     0
 LO BND       m1362     0
 LO BND       m1363     0
 LO BND       m1364     0
 LO BND       m1365     0
 LO BND       m1366     0
 LO BND       m1367     0
 LO BND       m1368     0
 LO BND       m1369     0
 LO BND       m1370     0
 LO BND       m1371     0
 LO BND       m1372     0
 LO BND       m1373     0
 LO BND       m1374     0
 LO BND       m1375     0
 LO BND       m1376     0
 LO BND       m1377     0
 LO BND       m1378     0
 LO BND       m1379     0
 LO BND       m1380     0
 LO BND       m1381     0
 LO BND       m1382     0
 LO BND       m1383     0
 LO BND       m1384     0
 LO BND       m1385     0
 LO BND       m1386     0
 LO BND       m1387     0
 LO BND       m1388     0
 LO BND       m1389     0
 LO BND       m1390     0
 LO BND       m1391     0
 LO BND       m1392     0
 LO BND       m1393     0
 LO BND       m1394     0
 LO BND       m1395     0
 LO BND       m1396     0
 LO BND       m1397     0
 LO BND       m1398     0
 LO BND       m1399     0
 LO BND       m1400     0
 LO BND       m1401     0
 LO BND       m1402     0
 LO BND       m1403     0
 LO BND       m1404     0
 LO BND       m1405     0
 LO BND       m1406     0
 LO BND       m1407     0
 LO BND       m1408     0
 LO BND       m1409     0
 LO BND       m1410     0
 LO BND       m1411     0
 LO BND       m1412     0
 LO BND       m1413     0
 LO BND       m1414     0
 LO BND       m1415     0
 LO BND       m1416     0
 LO BND       m1417     0
 LO BND       m1418     0
 LO BND       m1419     0
 LO BND       m1420     0
 LO BND       m1421     0
 LO BND       m1422     0
 LO BND       m1423     0
 LO BND       m1424     0
 LO BND       m1425     0
 LO BND       m1426     0
 LO BND       m1427     0
 LO BND       m1428     0
 LO BND       m1429     0
 LO BND       m1430     0
 LO BND       m1431     0
 LO BND       m1432     0
 LO BND       m1433     0
 LO BND       m1434     0
 LO BND       m1435     0
 LO BND       m1436     0
 LO BND       m1437     0
 LO BND       m1438     0
 LO BND       m1439     0
 LO BND       m1440     0
 LO BND       m1441     0
 LO BND       m1442     0
 LO BND       m1443     0
 LO BND       m1444     0
 LO BND       m1445     0
 LO BND       m1446     0
 LO BND       m1447     0
 LO BND       m1448     0
 LO BND       m1449     0
 LO BND       m1450     0
 LO BND       m1451     0
 LO BND       m1452     0
 LO BND       m1453     0
 LO BND       m1454     0
 LO BND       m1455     0
 LO BND       m1456     0
 LO BND       m1457     0
 LO BND       m1458     0
 LO BND       m1459     0
 LO BND       m1460     0
 LO BND       m1461     0
 LO BND       m1462     0
 LO BND       m1463     0
 LO BND       m1464     0
 LO BND       m1465     0
 LO BND       m1466     0
 LO BND       m1467     0
 LO BND       m1468     0
 LO BND       m1469     0
 LO BND       m1470     0
 LO BND       m1471     0
 LO BND       m1472     0
 LO BND       m1473     0
 LO BND       m1474     0
 LO BND       m1475     0
 LO BND       m1476     0
 LO BND       m1477     0
 LO BND       m1478     0
 LO BND       m1479     0
 LO BND       m1480     0
 LO BND       m1481     0
 LO BND       m1482     0
 LO BND       m1483     0
 LO BND       m1484     0
 LO BND       m1485     0
 LO BND       m1486     0
 LO BND       m1487     0
 LO BND       m1488     0
 LO BND       m1489     0
 LO BND       m1490     0
 LO BND       m1491     0
 LO BND       m1492     0
 LO BND       m1493     0
 LO BND       m1494     0
 LO BND       m1495     0
 LO BND       m1496     0
 LO BND       m1497     0
 LO BND       m1498     0
 LO BND       m1499     0
 LO BND       m1500     0
 LO BND       m1501     0
 LO BND       m1502     0
 LO BND       m1503     0
 LO BND       m1504     0
 LO BND       m1505     0
 LO BND       m1506     0
 LO BND       m1507     0
 LO BND       m1508     0
 LO BND       m1509     0
 LO BND       m1510     0
 LO BND       m1511     0
 LO BND       m1512     0
 LO BND       m1513     0
 LO BND       m1514     0
 LO BND       m1515     0
 LO BND       m1516     0
 LO BND       m1517     0
 LO BND       m1518     0
 LO BND       m1519     0
 LO BND       m1520     0
 LO BND       m1521     0
 LO BND       m1522     0
 LO BND       m1523     0
 LO BND       m1524     0
 LO BND       m1525     0
 LO BND       m1526     0
 LO BND       m1527     0
 LO BND       m1528     0
 LO BND       m1529     0
 LO BND       m1530     0
 LO BND       m1531     0
 LO BND       m1532     0
 LO BND       m1533     0
 LO BND       m1534     0
 LO BND       m1535     0
 LO BND       m1536     0
 LO BND       m1537     0
 LO BND       m1538     0
 LO BND       m1539     0
 LO BND       m1540     0
 LO BND       m1541     0
 LO BND       m1542     0
 LO BND       m1543     0
 LO BND       m1544     0
 LO BND       m1545     0
 LO BND       m1546     0
 LO BND       m1547     0
 LO BND       m1548     0
 LO BND       m1549     0
 LO BND       m1550     0
 LO BND       m1551     0
 LO BND       m1552     0
 LO BND       m1553     0
 LO BND       m1554     0
 LO BND       m1555     0
 LO BND       m1556     0
 LO BND       m1557     0
 LO BND       m1558     0
 LO BND       m1559     0
 LO BND       m1560     0
 LO BND       m1561     0
 LO BND       m1562     0
 LO BND       m1563     0
 LO BND       m1564     0
 LO BND       m1565     0
 LO BND       m1566     0
 LO BND       m1567     0
 LO BND       m1568     0
 LO BND       m1569     0
 LO BND       m1570     0
 LO BND       m1571     0
 LO BND       m1572     0
 LO BND       m1573     0
 LO BND       m1574     0
 LO BND       m1575     0
 LO BND       m1576     0
 LO BND       m1577     0
 LO BND       m1578     0
 LO BND       m1579     0
 LO BND       m1580     0
 LO BND       m1581     0
 LO BND       m1582     0
 LO BND       m1583     0
 LO BND       m1584     0
 LO BND       m1585     0
 LO BND       m1586     0
 LO BND       m1587     0
 LO BND       m1588     0
 LO BND       m1589     0
 LO BND       m1590     0
 LO BND       m1591     0
 LO BND       m1592     0
 LO BND       m1593     0
 LO BND       m1594     0
 LO BND       m1595     0
 LO BND       m1596     0
 LO BND       m1597     0
 LO BND       m1598     0
 LO BND       m1599     0
 LO BND       m1600     0
 LO BND       m1601     0
 LO BND       m1602     0
 LO BND       m1603     0
 LO BND       m1604     0
 LO BND       m1605     0
 LO BND       m1606     0
 LO BND       m1607     0
 LO BND       m1608     0
 LO BND       m1609     0
 LO BND       m1610     0
 LO BND       m1611     0
 LO BND       m1612     0
 LO BND       m1613     0
 LO BND       m1614     0
 LO BND       m1615     0
 LO BND       m1616     0
 LO BND       m1617     0
 LO BND       m1618     0
 LO BND       m1619     0
 LO BND       m1620     0
 LO BND       m1621     0
 LO BND       m1622     0
 LO BND       m1623     0
 LO BND       m1624     0
 LO BND       m1625     0
 LO BND       m1626     0
 LO BND       m1627     0
 LO BND       m1628     0
 LO BND       m1629     0
 LO BND       m1630     0
 LO BND       m1631     0
 LO BND       m1632     0
 LO BND       m1633     0
 LO BND       m1634     0
 LO BND       m1635     0
 LO BND       m1636     0
 LO BND       m1637     0
 LO BND       m1638     0
 LO BND       m1639     0
 LO BND       m1640     0
 LO BND       m1641     0
 LO BND       m1642     0
 LO BND       m1643     0
 LO BND       m1644     0
 LO BND       m1645     0
 LO BND       m1646     0
 LO BND       m1647     0
 LO BND       m1648     0
 LO BND       m1649     0
 LO BND       m1650     0
 LO BND       m1651     0
 LO BND       m1652     0
 LO BND       m1653     0
 LO BND       m1654     0
 LO BND       m1655     0
 LO BND       m1656     0
 LO BND       m1657     0
 LO BND       m1658     0
 LO BND       m1659     0
 LO BND       m1660     0
 LO BND       m1661     0
 LO BND       m1662     0
 LO BND       m1663     0
 LO BND       m1664     0
 LO BND       m1665     0
 LO BND       m1666     0
 LO BND       m1667     0
 LO BND       m1668     0
 LO BND       m1669     0
 LO BND       m1670     0
 LO BND       m1671     0
 LO BND       m1672     0
 LO BND       m1673     0
 LO BND       m1674     0
 LO BND       m1675     0
 LO BND       m1676     0
 LO BND       m1677     0
 LO BND       m1678     0
 LO BND       m1679     0
 LO BND       m1680     0
 LO BND       m1681     0
 LO BND       m1682     0
 LO BND       m1683     0
 LO BND       m1684     0
 LO BND       m1685     0
 LO BND       m1686     0
 LO BND       m1687     0
 LO BND       m1688     0
 LO BND       m1689     0
 LO BND       m1690     0
 LO BND       m1691     0
 LO BND       m1692     0
 LO BND       m1693     0
 LO BND       m1694     0
 LO BND       m1695     0
 LO BND       m1696     0
 LO BND       m1697     0
 LO BND       m1698     0
 LO BND       m1699     0
 LO BND       m1700     0
 LO BND       m1701     0
 LO BND       m1702     0
 LO BND       m1703     0
 LO BND       m1704     0
 LO BND       m1705     0
 LO BND       m1706     0
 LO BND       m1707     0
 LO BND       m1708     0
 LO BND       m1709     0
 LO BND       m1710     0
 LO BND       m1711     0
 LO BND       m1712     0
 LO BND       m1713     0
 LO BND       m1714     0
 LO BND       m1715     0
 LO BND       m1716     0
 LO BND       m1717     0
 LO BND       m1718     0
 LO BND       m1719     0
 LO BND       m1720     0
 LO BND       m1721     0
 LO BND       m1722     0
 LO BND       m1723     0
 LO BND       m1724     0
 LO BND       m1725     0
 LO BND       m1726     0
 LO BND       m1727     0
 LO BND       m1728     0
 LO BND       m1729     0
 LO BND       m1730     0
 LO BND       m1731     0
 LO BND       m1732     0
 LO BND       m1733     0
 LO BND       m1734     0
 LO BND       m1735     0
 LO BND       m1736     0
 LO BND       m1737     0
 LO BND       m1738     0
 LO BND       m1739     0
 LO BND       m1740     0
 LO BND       m1741     0
 LO BND       m1742     0
 LO BND       m1743     0
 LO BND       m1744     0
 LO BND       m1745     0
 LO BND       m1746     0
 LO BND       m1747     0
 LO BND       m1748     0
 LO BND       m1749     0
 LO BND       m1750     0
 LO BND       m1751     0
 LO BND       m1752     0
 LO BND       m1753     0
 LO BND       m1754     0
 LO BND       m1755     0
 LO BND       m1756     0
 LO BND       m1757     0
 LO BND       m1758     0
 LO BND       m1759     0
 LO BND       m1760     0
 LO BND       m1761     0
 LO BND       m1762     0
 LO BND       m1763     0
 LO BND       m1764     0
 LO BND       m1765     0
 LO BND       m1766     0
 LO BND       m1767     0
 LO BND       m1768     0
 LO BND       m1769     0
 LO BND       m1770     0
 LO BND       m1771     0
 LO BND       m1772     0
 LO BND       m1773     0
 LO BND       m1774     0
 LO BND       m1775     0
 LO BND       m1776     0
 LO BND       m1777     0
 LO BND       m1778     0
 LO BND       m1779     0
 LO BND       m1780     0
 LO BND       m1781     0
 LO BND       m1782     0
 LO BND       m1783     0
 LO BND       m1784     0
 LO BND       m1785     0
 LO BND       m1786     0
 LO BND       m1787     0
 LO BND       m1788     0
 LO BND       m1789     0
 LO BND       m1790     0
 LO BND       m1791     0
 LO BND       m1792     0
 LO BND       m1793     0
 LO BND       m1794     0
 LO BND       m1795     0
 LO BND       m1796     0
 LO BND       m1797     0
 LO BND       m1798     0
 LO BND       m1799     0
 LO BND       m1800     0
 LO BND       m1801     0
 LO BND       m1802     0
 LO BND       m1803     0
 LO BND       m1804     0
 LO BND       m1805     0
 LO BND       m1806     0
 LO BND       m1807     0
 LO BND       m1808     0
 LO BND       m1809     0
 LO BND       m1810     0
 LO BND       m1811     0
 LO BND       m1812     0
 LO BND       m1813     0
 LO BND       m1814     0
 LO BND       m1815     0
 LO BND       m1816     0
 LO BND       m1817     0
 LO BND       m1818     0
 LO BND       m1819     0
 LO BND       m1820     0
 LO BND       m1821     0
 LO BND       m1822     0
 LO BND       m1823     0
 LO BND       m1824     0
 LO BND       m1825     0
 LO BND       m1826     0
 LO BND       m1827     0
 LO BND       m1828     0
 LO BND       m1829     0
 LO BND       m1830     0
 LO BND       m1831     0
 LO BND       m1832     0
 LO BND       m1833     0
 LO BND       m1834     0
 LO BND       m1835     0
 LO BND       m1836     0
 LO BND       m1837     0
 LO BND       m1838     0
 LO BND       m1839     0
 LO BND       m1840     0
 LO BND       m1841     0
 LO BND       m1842     0
 LO BND       m1843     0
 LO BND       m1844     0
 LO BND       m1845     0
 LO BND       m1846     0
 LO BND       m1847     0
 LO BND       m1848     0
 LO BND       m1849     0
 LO BND       m1850     0
 LO BND       m1851     0
 LO BND       m1852     0
 LO BND       m1853     0
 LO BND       m1854     0
 LO BND       m1855     0
 LO BND       m1856     0
 LO BND       m1857     0
 LO BND       m1858     0
 LO BND       m1859     0
 LO BND       m1860     0
 LO BND       m1861     0
 LO BND       m1862     0
 LO BND       m1863     0
 LO BND       m1864     0
 LO BND       m1865     0
 LO BND       m1866     0
 LO BND       m1867     0
 LO BND       m1868     0
 LO BND       m1869     0
 LO BND       m1870     0
 LO BND       m1871     0
 LO BND       m1872     0
 LO BND       m1873     0
 LO BND       m1874     0
 LO BND       m1875     0
 LO BND       m1876     0
 LO BND       m1877     0
 LO BND       m1878     0
 LO BND       m1879     0
 LO BND       m1880     0
 LO BND       m1881     0
 LO BND       m1882     0
 LO BND       m1883     0
 LO BND       m1884     0
 LO BND       m1885     0
 LO BND       m1886     0
 LO BND       m1887     0
 LO BND       m1888     0
 LO BND       m1889     0
 LO BND       m1890     0
 LO BND       m1891     0
 LO BND       m1892     0
 LO BND       m1893     0
 LO BND       m1894     0
 LO BND       m1895     0
 LO BND       m1896     0
 LO BND       m1897     0
 LO BND       m1898     0
 LO BND       m1899     0
 LO BND       m1900     0
 LO BND       m1901     0
 LO BND       m1902     0
 LO BND       m1903     0
 LO BND       m1904     0
 LO BND       m1905     0
 LO BND       m1906     0
 LO BND       m1907     0
 LO BND       m1908     0
 LO BND       m1909     0
 LO BND       m1910     0
 LO BND       m1911     0
 LO BND       m1912     0
 LO BND       m1913     0
 LO BND       m1914     0
 LO BND       m1915     0
 LO BND       m1916     0
 LO BND       m1917     0
 LO BND       m1918     0
 LO BND       m1919     0
 LO BND       m1920     0
 LO BND       m1921     0
 LO BND       m1922     0
 LO BND       m1923     0
 LO BND       m1924     0
 LO BND       m1925     0
 LO BND       m1926     0
 LO BND       m1927     0
 LO BND       m1928     0
 LO BND       m1929     0
 LO BND       m1930     0
 LO BND       m1931     0
 LO BND       m1932     0
 LO BND       m1933     0
 LO BND       m1934     0
 LO BND       m1935     0
 LO BND       m1936     0
 LO BND       m1937     0
 LO BND       m1938     0
 LO BND       m1939     0
 LO BND       m1940     0
 LO BND       m1941     0
 LO BND       m1942     0
 LO BND       m1943     0
 LO BND       m1944     0
 LO BND       m1945     0
 LO BND       m1946     0
 LO BND       m1947     0
 LO BND       m1948     0
 LO BND       m1949     0
 LO BND       m1950     0
 LO BND       m1951     0
 LO BND       m1952     0
 LO BND       m1953     0
 LO BND       m1954     0
 LO BND       m1955     0
 LO BND       m1956     0
 LO BND       m1957     0
 LO BND       m1958     0
 LO BND       m1959     0
 LO BND       m1960     0
 LO BND       m1961     0
 LO BND       m1962     0
 LO BND       m1963     0
 LO BND       m1964     0
 LO BND       m1965     0
 LO BND       m1966     0
 LO BND       m1967     0
 LO BND       m1968     0
 LO BND       m1969     0
 LO BND       m1970     0
 LO BND       m1971     0
 LO BND       m1972     0
 LO BND       m1973     0
 LO BND       m1974     0
 LO BND       m1975     0
 LO BND       m1976     0
 LO BND       m1977     0
 LO BND       m1978     0
 LO BND       m1979     0
 LO BND       m1980     0
 LO BND       m1981     0
 LO BND       m1982     0
 LO BND       m1983     0
 LO BND       m1984     0
 LO BND       m1985     0
 LO BND       m1986     0
 LO BND       m1987     0
 LO BND       m1988     0
 LO BND       m1989     0
 LO BND       m1990     0
 LO BND       m1991     0
 LO BND       m1992     0
 LO BND       m1993     0
 LO BND       m1994     0
 LO BND       m1995     0
 LO BND       m1996     0
 LO BND       m1997     0
 LO BND       m1998     0
 LO BND       m1999     0
 LO BND       m2000     0
 LO BND       m2001     0
 LO BND       m2002     0
 LO BND       m2003     0
 LO BND       m2004     0
 LO BND       m2005     0
 LO BND       m2006     0
 LO BND       m2007     0
 LO BND       m2008     0
 LO BND       m2009     0
 LO BND       m2010     0
 LO BND       m2011     0
 LO BND       m2012     0
 LO BND       m2013     0
 LO BND       m2014     0
 LO BND       m2015     0
 LO BND       m2016     0
 LO BND       m2017     0
 LO BND       m2018     0
 LO BND       m2019     0
 LO BND       m2020     0
 LO BND       m2021     0
 LO BND       m2022     0
 LO BND       m2023     0
 LO BND       m2024     0
 LO BND       m2025     0
 LO BND       m2026     0
 LO BND       m2027     0
 LO BND       m2028     0
 LO BND       m2029     0
 LO BND       m2030     0
 LO BND       m2031     0
 LO BND       m2032     0
 LO BND       m2033     0
 LO BND       m2034     0
 LO BND       m2035     0
 LO BND       m2036     0
 LO BND       m2037     0
 LO BND       m2038     0
 LO BND       m2039     0
 LO BND       m2040     0
 LO BND       m2041     0
 LO BND       m2042     0
 LO BND       m2043     0
 LO BND       m2044     0
 LO BND       m2045     0
 LO BND       m2046     0
 LO BND       m2047     0
 LO BND       m2048     0
 LO BND       m2049     0
 LO BND       m2050     0
 LO BND       m2051     0
 LO BND       m2052     0
 LO BND       m2053     0
 LO BND       m2054     0
 LO BND       m2055     0
 LO BND       m2056     0
 LO BND       m2057     0
 LO BND       m2058     0
 LO BND       m2059     0
 LO BND       m2060     0
 LO BND       m2061     0
 LO BND       m2062     0
 LO BND       m2063     0
 LO BND       m2064     0
 LO BND       m2065     0
 LO BND       m2066     0
 LO BND       m2067     0
 LO BND       m2068     0
 LO BND       m2069     0
 LO BND       m2070     0
 LO BND       m2071     0
 LO BND       m2072     0
 LO BND       m2073     0
 LO BND       m2074     0
 LO BND       m2075     0
 LO BND       m2076     0
 LO BND       m2077     0
 LO BND       m2078     0
 LO BND       m2079     0
 LO BND       m2080     0
 LO BND       m2081     0
 LO BND       m2082     0
 LO BND       m2083     0
 LO BND       m2084     0
 LO BND       m2085     0
 LO BND       m2086     0
 LO BND       m2087     0
 LO BND       m2088     0
 LO BND       m2089     0
 LO BND       m2090     0
 LO BND       m2091     0
 LO BND       m2092     0
 LO BND       m2093     0
 LO BND       m2094     0
 LO BND       m2095     0
 LO BND       m2096     0
 LO BND       m2097     0
 LO BND       m2098     0
 LO BND       m2099     0
 LO BND       m2100     0
 LO BND       m2101     0
 LO BND       m2102     0
 LO BND       m2103     0
 LO BND       m2104     0
 LO BND       m2105     0
 LO BND       m2106     0
 LO BND       m2107     0
 LO BND       m2108     0
 LO BND       m2109     0
 LO BND       m2110     0
 LO BND       m2111     0
 LO BND       m2112     0
 LO BND       m2113     0
 LO BND       m2114     0
 LO BND       m2115     0
 LO BND       m2116     0
 LO BND       m2117     0
 LO BND       m2118     0
 LO BND       m2119     0
 LO BND       m2120     0
 LO BND       m2121     0
 LO BND       m2122     0
 LO BND       m2123     0
 LO BND       m2124     0
 LO BND       m2125     0
 LO BND       m2126     0
 LO BND       m2127     0
 LO BND       m2128     0
 LO BND       m2129     0
 LO BND       m2130     0
 LO BND       m2131     0
 LO BND       m2132     0
 LO BND       m2133     0
 LO BND       m2134     0
 LO BND       m2135     0
 LO BND       m2136     0
 LO BND       m2137     0
 LO BND       m2138     0
 LO BND       m2139     0
 LO BND       m2140     0
 LO BND       m2141     0
 LO BND       m2142     0
 LO BND       m2143     0
 LO BND       m2144     0
 LO BND       m2145     0
 LO BND       m2146     0
 LO BND       m2147     0
 LO BND       m2148     0
 LO BND       m2149     0
 LO BND       m2150     0
 LO BND       m2151     0
 LO BND       m2152     0
 LO BND       m2153     0
 LO BND       m2154     0
 LO BND       m2155     0
 LO BND       m2156     0
 LO BND       m2157     0
 LO BND       m2158     0
 LO BND       m2159     0
 LO BND       m2160     0
 LO BND       m2161     0
 LO BND       m2162     0
 LO BND       m2163     0
 LO BND       m2164     0
 LO BND       m2165     0
 LO BND       m2166     0
 LO BND       m2167     0
 LO BND       m2168     0
 LO BND       m2169     0
 LO BND       m2170     0
 LO BND       m2171     0
 LO BND       m2172     0
 LO BND       m2173     0
 LO BND       m2174     0
 LO BND       m2175     0
 LO BND       m2176     0
 LO BND       m2177     0
 LO BND       m2178     0
 LO BND       m2179     0
 LO BND       m2180     0
 LO BND       m2181     0
 LO BND       m2182     0
 LO BND       m2183     0
 LO BND       m2184     0
 LO BND       m2185     0
 LO BND       m2186     0
 LO BND       m2187     0
 LO BND       m2188     0
 LO BND       m2189     0
 LO BND       m2190     0
 LO BND       m2191     0
 LO BND       m2192     0
 LO BND       m2193     0
 LO BND       m2194     0
 LO BND       m2195     0
 LO BND       m2196     0
 LO BND       m2197     0
 LO BND       m2198     0
 LO BND       m2199     0
 LO BND       m2200     0
 LO BND       m2201     0
 LO BND       m2202     0
 LO BND       m2203     0
 LO BND       m2204     0
 LO BND       m2205     0
 LO BND       m2206     0
 LO BND       m2207     0
 LO BND       m2208     0
 LO BND       m2209     0
 LO BND       m2210     0
 LO BND       m2211     0
 LO BND       m2212     0
 LO BND       m2213     0
 LO BND       m2214     0
 LO BND       m2215     0
 LO BND       m2216     0
 LO BND       m2217     0
 LO BND       m2218     0
 LO BND       m2219     0
 LO BND       m2220     0
 LO BND       m2221     0
 LO BND       m2222     0
 LO BND       m2223     0
 LO BND       m2224     0
 LO BND       m2225     0
 LO BND       m2226     0
 LO BND       m2227     0
 LO BND       m2228     0
 LO BND       m2229     0
 LO BND       m2230     0
 LO BND       m2231     0
 LO BND       m2232     0
 LO BND       m2233     0
 LO BND       m2234     0
 LO BND       m2235     0
 LO BND       m2236     0
 LO BND       m2237     0
 LO BND       m2238     0
 LO BND       m2239     0
 LO BND       m2240     0
 LO BND       m2241     0
 LO BND       m2242     0
 LO BND       m2243     0
 LO BND       m2244     0
 LO BND       m2245     0
 LO BND       m2246     0
 LO BND       m2247     0
 LO BND       m2248     0
 LO BND       m2249     0
 LO BND       m2250     0
 LO BND       m2251     0
 LO BND       m2252     0
 LO BND       m2253     0
 LO BND       m2254     0
 LO BND       m2255     0
 LO BND       m2256     0
 LO BND       m2257     0
 LO BND       m2258     0
 LO BND       m2259     0
 LO BND       m2260     0
 LO BND       m2261     0
 LO BND       m2262     0
 LO BND       m2263     0
 LO BND       m2264     0
 LO BND       m2265     0
 LO BND       m2266     0
 LO BND       m2267     0
 LO BND       m2268     0
 LO BND       m2269     0
 LO BND       m2270     0
 LO BND       m2271     0
 LO BND       m2272     0
 LO BND       m2273     0
 LO BND       m2274     0
 LO BND       m2275     0
 LO BND       m2276     0
 LO BND       m2277     0
 LO BND       m2278     0
 LO BND       m2279     0
 LO BND       m2280     0
 LO BND       m2281     0
 LO BND       m2282     0
 LO BND       m2283     0
 LO BND       m2284     0
 LO BND       m2285     0
 LO BND       m2286     0
 LO BND       m2287     0
 LO BND       m2288     0
 LO BND       m2289     0
 LO BND       m2290     0
 LO BND       m2291     0
 LO BND       m2292     0
 LO BND       m2293     0
 LO BND       m2294     0
 LO BND       m2295     0
 LO BND       m2296     0
 LO BND       m2297     0
 LO BND       m2298     0
 LO BND       m2299     0
 LO BND       m2300     0
 LO BND       m2301     0
 LO BND       m2302     0
 LO BND       m2303     0
 LO BND       m2304     0
 LO BND       m2305     0
 LO BND       m2306     0
 LO BND       m2307     0
 LO BND       m2308     0
 LO BND       m2309     0
 LO BND       m2310     0
 LO BND       m2311     0
 LO BND       m2312     0
 LO BND       m2313     0
 LO BND       m2314     0
 LO BND       m2315     0
 LO BND       m2316     0
 LO BND       m2317     0
 LO BND       m2318     0
 LO BND       m2319     0
 LO BND       m2320     0
 LO BND       m2321     0
 LO BND       m2322     0
 LO BND       m2323     0
 LO BND       m2324     0
 LO BND       m2325     0
 LO BND       m2326     0
 LO BND       m2327     0
 LO BND       m2328     0
 LO BND       m2329     0
 LO BND       m2330     0
 LO BND       m2331     0
 LO BND       m2332     0
 LO BND       m2333     0
 LO BND       m2334     0
 LO BND       m2335     0
 LO BND       m2336     0
 LO BND       m2337     0
 LO BND       m2338     0
 LO BND       m2339     0
 LO BND       m2340     0
 LO BND       m2341     0
 LO BND       m2342     0
 LO BND       m2343     0
 LO BND       m2344     0
 LO BND       m2345     0
 LO BND       m2346     0
 LO BND       m2347     0
 LO BND       m2348     0
 LO BND       m2349     0
 LO BND       m2350     0
 LO BND       m2351     0
 LO BND       m2352     0
 LO BND       m2353     0
 LO BND       m2354     0
 LO BND       m2355     0
 LO BND       m2356     0
 LO BND       m2357     0
 LO BND       m2358     0
 LO BND       m2359     0
 LO BND       m2360     0
 LO BND       m2361     0
 LO BND       m2362     0
 LO BND       m2363     0
 LO BND       m2364     0
 LO BND       m2365     0
 LO BND       m2366     0
 LO BND       m2367     0
 LO BND       m2368     0
 LO BND       m2369     0
 LO BND       m2370     0
 LO BND       m2371     0
 LO BND       m2372     0
 LO BND       m2373     0
 LO BND       m2374     0
 LO BND       m2375     0
 LO BND       m2376     0
 LO BND       m2377     0
 LO BND       m2378     0
 LO BND       m2379     0
 LO BND       m2380     0
 LO BND       m2381     0
 LO BND       m2382     0
 LO BND       m2383     0
 LO BND       m2384     0
 LO BND       m2385     0
 LO BND       m2386     0
 LO BND       m2387     0
 LO BND       m2388     0
 LO BND       m2389     0
 LO BND       m2390     0
 LO BND       m2391     0
 LO BND       m2392     0
 LO BND       m2393     0
 LO BND       m2394     0
 LO BND       m2395     0
 LO BND       m2396     0
 LO BND       m2397     0
 LO BND       m2398     0
 LO BND       m2399     0
 LO BND       m2400     0
 LO BND       m2401     0
 LO BND       m2402     0
 LO BND       m2403     0
 LO BND       m2404     0
 LO BND       m2405     0
 LO BND       m2406     0
 LO BND       m2407     0
 LO BND       m2408     0
 LO BND       m2409     0
 LO BND       m2410     0
 LO BND       m2411     0
 LO BND       m2412     0
 LO BND       m2413     0
 LO BND       m2414     0
 LO BND       m2415     0
 LO BND       m2416     0
 LO BND       m2417     0
 LO BND       m2418     0
 LO BND       m2419     0
 LO BND       m2420     0
 LO BND       m2421     0
 LO BND       m2422     0
 LO BND       m2423     0
 LO BND       m2424     0
 LO BND       m2425     0
 LO BND       m2426     0
 LO BND       m2427     0
 LO BND       m2428     0
 LO BND       m2429     0
 LO BND       m2430     0
 LO BND       m2431     0
 LO BND       m2432     0
 LO BND       m2433     0
 LO BND       m2434     0
 LO BND       m2435     0
 LO BND       m2436     0
 LO BND       m2437     0
 LO BND       m2438     0
 LO BND       m2439     0
 LO BND       m2440     0
 LO BND       m2441     0
 LO BND       m2442     0
 LO BND       m2443     0
 LO BND       m2444     0
 LO BND       m2445     0
 LO BND       m2446     0
 LO BND       m2447     0
 LO BND       m2448     0
 LO BND       m2449     0
 LO BND       m2450     0
 LO BND       m2451     0
 LO BND       m2452     0
 LO BND       m2453     0
 LO BND       m2454     0
 LO BND       m2455     0
 LO BND       m2456     0
 LO BND       m2457     0
 LO BND       m2458     0
 LO BND       m2459     0
 LO BND       m2460     0
 LO BND       m2461     0
 LO BND       m2462     0
 LO BND       m2463     0
 LO BND       m2464     0
 LO BND       m2465     0
 LO BND       m2466     0
 LO BND       m2467     0
 LO BND       m2468     0
 LO BND       m2469     0
 LO BND       m2470     0
 LO BND       m2471     0
 LO BND       m2472     0
 LO BND       m2473     0
 LO BND       m2474     0
 LO BND       m2475     0
 LO BND       m2476     0
 LO BND       m2477     0
 LO BND       m2478     0
 LO BND       m2479     0
 LO BND       m2480     0
 LO BND       m2481     0
 LO BND       m2482     0
 LO BND       m2483     0
 LO BND       m2484     0
 LO BND       m2485     0
 LO BND       m2486     0
 LO BND       m2487     0
 LO BND       m2488     0
 LO BND       m2489     0
 LO BND       m2490     0
 LO BND       m2491     0
 LO BND       m2492     0
 LO BND       m2493     0
 LO BND       m2494     0
 LO BND       m2495     0
 LO BND       m2496     0
 LO BND       m2497     0
 LO BND       m2498     0
 LO BND       m2499     0
 LO BND       m2500     0
 LO BND       m2501     0
 LO BND       m2502     0
 LO BND       m2503     0
 LO BND       m2504     0
 LO BND       m2505     0
 LO BND       m2506     0
 LO BND       m2507     0
 LO BND       m2508     0
 LO BND       m2509     0
 LO BND       m2510     0
 LO BND       m2511     0
 LO BND       m2512     0
 LO BND       m2513     0
 LO BND       m2514     0
 LO BND       m2515     0
 LO BND       m2516     0
 LO BND       m2517     0
 LO BND       m2518     0
 LO BND       m2519     0
 LO BND       m2520     0
 LO BND       m2521     0
 LO BND       m2522     0
 LO BND       m2523     0
 LO BND       m2524     0
 LO BND       m2525     0
 LO BND       m2526     0
 LO BND       m2527     0
 LO BND       m2528     0
 LO BND       m2529     0
 LO BND       m2530     0
 LO BND       m2531     0
 LO BND       m2532     0
 LO BND       m2533     0
 LO BND       m2534     0
 LO BND       m2535     0
 LO BND       m2536     0
 LO BND       m2537     0
 LO BND       m2538     0
 LO BND       m2539     0
 LO BND       m2540     0
 LO BND       m2541     0
 LO BND       m2542     0
 LO BND       m2543     0
 LO BND       m2544     0
 LO BND       m2545     0
 LO BND       m2546     0
 LO BND       m2547     0
 LO BND       m2548     0
 LO BND       m2549     0
 LO BND       m2550     0
 LO BND       m2551     0
 LO BND       m2552     0
 LO BND       m2553     0
 LO BND       m2554     0
 LO BND       m2555     0
 LO BND       m2556     0
 LO BND       m2557     0
 LO BND       m2558     0
 LO BND       m2559     0
 LO BND       m2560     0
 LO BND       m2561     0
 LO BND       m2562     0
 LO BND       m2563     0
 LO BND       m2564     0
 LO BND       m2565     0
 LO BND       m2566     0
 LO BND       m2567     0
 LO BND       m2568     0
 LO BND       m2569     0
 LO BND       m2570     0
 LO BND       m2571     0
 LO BND       m2572     0
 LO BND       m2573     0
 LO BND       m2574     0
 LO BND       m2575     0
 LO BND       m2576     0
 LO BND       m2577     0
 LO BND       m2578     0
 LO BND       m2579     0
 LO BND       m2580     0
 LO BND       m2581     0
 LO BND       m2582     0
 LO BND       m2583     0
 LO BND       m2584     0
 LO BND       m2585     0
 LO BND       m2586     0
 LO BND       m2587     0
 LO BND       m2588     0
 LO BND       m2589     0
 LO BND       m2590     0
 LO BND       m2591     0
 LO BND       m2592     0
 LO BND       m2593     0
 LO BND       m2594     0
 LO BND       m2595     0
 LO BND       m2596     0
 LO BND       m2597     0
 LO BND       m2598     0
 LO BND       m2599     0
 LO BND       m2600     0
 LO BND       m2601     0
 LO BND       m2602     0
 LO BND       m2603     0
 LO BND       m2604     0
 LO BND       m2605     0
 LO BND       m2606     0
 LO BND       m2607     0
 LO BND       m2608     0
 LO BND       m2609     0
 LO BND       m2610     0
 LO BND       m2611     0
 LO BND       m2612     0
 LO BND       m2613     0
 LO BND       m2614     0
 LO BND       m2615     0
 LO BND       m2616     0
 LO BND       m2617     0
 LO BND       m2618     0
 LO BND       m2619     0
 LO BND       m2620     0
 LO BND       m2621     0
 LO BND       m2622     0
 LO BND       m2623     0
 LO BND       m2624     0
 LO BND       m2625     0
 LO BND       m2626     0
 LO BND       m2627     0
 LO BND       m2628     0
 LO BND       m2629     0
 LO BND       m2630     0
 LO BND       m2631     0
 LO BND       m2632     0
 LO BND       m2633     0
 LO BND       m2634     0
 LO BND       m2635     0
 LO BND       m2636     0
 LO BND       m2637     0
 LO BND       m2638     0
 LO BND       m2639     0
 LO BND       m2640     0
 LO BND       m2641     0
 LO BND       m2642     0
 LO BND       m2643     0
 LO BND       m2644     0
 LO BND       m2645     0
 LO BND       m2646     0
 LO BND       m2647     0
 LO BND       m2648     0
 LO BND       m2649     0
 LO BND       m2650     0
 LO BND       m2651     0
 LO BND       m2652     0
 LO BND       m2653     0
 LO BND       m2654     0
 LO BND       m2655     0
 LO BND       m2656     0
 LO BND       m2657     0
 LO BND       m2658     0
 LO BND       m2659     0
 LO BND       m2660     0
 LO BND       m2661     0
 LO BND       m2662     0
 LO BND       m2663     0
 LO BND       m2664     0
 LO BND       m2665     0
 LO BND       m2666     0
 LO BND       m2667     0
 LO BND       m2668     0
 LO BND       m2669     0
 LO BND       m2670     0
 LO BND       m2671     0
 LO BND       m2672     0
 LO BND       m2673     0
 LO BND       m2674     0
 LO BND       m2675     0
 LO BND       m2676     0
 LO BND       m2677     0
 LO BND       m2678     0
 LO BND       m2679     0
 LO BND       m2680     0
 LO BND       m2681     0
 LO BND       m2682     0
 LO BND       m2683     0
 LO BND       m2684     0
 LO BND       m2685     0
 LO BND       m2686     0
 LO BND       m2687     0
 LO BND       m2688     0
 LO BND       m2689     0
 LO BND       m2690     0
 LO BND       m2691     0
 LO BND       m2692     0
 LO BND       m2693     0
 LO BND       m2694     0
 LO BND       m2695     0
 LO BND       m2696     0
 LO BND       m2697     0
 LO BND       m2698     0
 LO BND       m2699     0
 LO BND       m2700     0
 LO BND       m2701     0
 LO BND       m2702     0
 LO BND       m2703     0
 LO BND       m2704     0
 LO BND       m2705     0
 LO BND       m2706     0
 LO BND       m2707     0
 LO BND       m2708     0
 LO BND       m2709     0
 LO BND       m2710     0
 LO BND       m2711     0
 LO BND       m2712     0
 LO BND       m2713     0
 LO BND       m2714     0
 LO BND       m2715     0
 LO BND       m2716     0
 LO BND       m2717     0
 LO BND       m2718     0
 LO BND       m2719     0
 LO BND       m2720     0
 LO BND       m2721     0
 LO BND       m2722     0
 LO BND       m2723     0
 LO BND       m2724     0
 LO BND       m2725     0
 LO BND       m2726     0
 LO BND       m2727     0
 LO BND       m2728     0
 LO BND       m2729     0
 LO BND       m2730     0
 LO BND       m2731     0
 LO BND       m2732     0
 LO BND       m2733     0
 LO BND       m2734     0
 LO BND       m2735     0
 LO BND       m2736     0
 LO BND       m2737     0
 LO BND       m2738     0
 LO BND       m2739     0
 LO BND       m2740     0
 LO BND       m2741     0
 LO BND       m2742     0
 LO BND       m2743     0
 LO BND       m2744     0
 LO BND       m2745     0
 LO BND       m2746     0
 LO BND       m2747     0
 LO BND       m2748     0
 LO BND       m2749     0
 LO BND       m2750     0
 LO BND       m2751     0
 LO BND       m2752     0
 LO BND       m2753     0
 LO BND       m2754     0
 LO BND       m2755     0
 LO BND       m2756     0
 LO BND       m2757     0
 LO BND       m2758     0
 LO BND       m2759     0
 LO BND       m2760     0
 LO BND       m2761     0
 LO BND       m2762     0
 LO BND       m2763     0
 LO BND       m2764     0
 LO BND       m2765     0
 LO BND       m2766     0
 LO BND       m2767     0
 LO BND       m2768     0
 LO BND       m2769     0
 LO BND       m2770     0
 LO BND       m2771     0
 LO BND       m2772     0
 LO BND       m2773     0
 LO BND       m2774     0
 LO BND       m2775     0
 LO BND       m2776     0
 LO BND       m2777     0
 LO BND       m2778     0
 LO BND       m2779     0
 LO BND       m2780     0
 LO BND       m2781     0
 LO BND       m2782     0
 LO BND       m2783     0
 LO BND       m2784     0
 LO BND       m2785     0
 LO BND       m2786     0
 LO BND       m2787     0
 LO BND       m2788     0
 LO BND       m2789     0
 LO BND       m2790     0
 LO BND       m2791     0
 LO BND       m2792     0
 LO BND       m2793     0
 LO BND       m2794     0
 LO BND       m2795     0
 LO BND       m2796     0
 LO BND       m2797     0
 LO BND       m2798     0
 LO BND       m2799     0
 LO BND       m2800     0
 LO BND       m2801     0
 LO BND       m2802     0
 LO BND       m2803     0
 LO BND       m2804     0
 LO BND       m2805     0
 LO BND       m2806     0
 LO BND       m2807     0
 LO BND       m2808     0
 LO BND       m2809     0
 LO BND       m2810     0
 LO BND       m2811     0
 LO BND       m2812     0
 LO BND       m2813     0
 LO BND       m2814     0
 LO BND       m2815     0
 LO BND       m2816     0
 LO BND       m2817     0
 LO BND       m2818     0
 LO BND       m2819     0
 LO BND       m2820     0
 LO BND       m2821     0
 LO BND       m2822     0
 LO BND       m2823     0
 LO BND       m2824     0
 LO BND       m2825     0
 LO BND       m2826     0
 LO BND       m2827     0
 LO BND       m2828     0
 LO BND       m2829     0
 LO BND       m2830     0
 LO BND       m2831     0
 LO BND       m2832     0
 LO BND       m2833     0
 LO BND       m2834     0
 LO BND       m2835     0
 LO BND       m2836     0
 LO BND       m2837     0
 LO BND       m2838     0
 LO BND       m2839     0
 LO BND       m2840     0
 LO BND       m2841     0
 LO BND       m2842     0
 LO BND       m2843     0
 LO BND       m2844     0
 LO BND       m2845     0
 LO BND       m2846     0
 LO BND       m2847     0
 LO BND       m2848     0
 LO BND       m2849     0
 LO BND       m2850     0
 LO BND       m2851     0
 LO BND       m2852     0
 LO BND       m2853     0
 LO BND       m2854     0
 LO BND       m2855     0
 LO BND       m2856     0
 LO BND       m2857     0
 LO BND       m2858     0
 LO BND       m2859     0
 LO BND       m2860     0
 LO BND       m2861     0
 LO BND       m2862     0
 LO BND       m2863     0
 LO BND       m2864     0
 LO BND       m2865     0
 LO BND       m2866     0
 LO BND       m2867     0
 LO BND       m2868     0
 LO BND       m2869     0
 LO BND       m2870     0
 LO BND       m2871     0
 LO BND       m2872     0
 LO BND       m2873     0
 LO BND       m2874     0
 LO BND       m2875     0
 LO BND       m2876     0
 LO BND       m2877     0
 LO BND       m2878     0
 LO BND       m2879     0
 LO BND       m2880     0
 LO BND       m2881     0
 LO BND       m2882     0
 LO BND       m2883     0
 LO BND       m2884     0
 LO BND       m2885     0
 LO BND       m2886     0
 LO BND       m2887     0
 LO BND       m2888     0
 LO BND       m2889     0
 LO BND       m2890     0
 LO BND       m2891     0
 LO BND       m2892     0
 LO BND       m2893     0
 LO BND       m2894     0
 LO BND       m2895     0
 LO BND       m2896     0
 LO BND       m2897     0
 LO BND       m2898     0
 LO BND       m2899     0
 LO BND       m2900     0
 LO BND       m2901     0
 LO BND       m2902     0
 LO BND       m2903     0
 LO BND       m2904     0
 LO BND       m2905     0
 LO BND       m2906     0
 LO BND       m2907     0
 LO BND       m2908     0
 LO BND       m2909     0
 LO BND       m2910     0
 LO BND       m2911     0
 LO BND       m2912     0
 LO BND       m2913     0
 LO BND       m2914     0
 LO BND       m2915     0
 LO BND       m2916     0
 LO BND       m2917     0
 LO BND       m2918     0
 LO BND       m2919     0
 LO BND       m2920     0
 LO BND       m2921     0
 LO BND       m2922     0
 LO BND       m2923     0
 LO BND       m2924     0
 LO BND       m2925     0
 LO BND       m2926     0
 LO BND       m2927     0
 LO BND       m2928     0
 LO BND       m2929     0
 LO BND       m2930     0
 LO BND       m2931     0
 LO BND       m2932     0
 LO BND       m2933     0
 LO BND       m2934     0
 LO BND       m2935     0
 LO BND       m2936     0
 LO BND       m2937     0
 LO BND       m2938     0
 LO BND       m2939     0
 LO BND       m2940     0
 LO BND       m2941     0
 LO BND       m2942     0
 LO BND       m2943     0
 LO BND       m2944     0
 LO BND       m2945     0
 LO BND       m2946     0
 LO BND       m2947     0
 LO BND       m2948     0
 LO BND       m2949     0
 LO BND       m2950     0
 LO BND       m2951     0
 LO BND       m2952     0
 LO BND       m2953     0
 LO BND       m2954     0
 LO BND       m2955     0
 LO BND       m2956     0
 LO BND       m2957     0
 LO BND       m2958     0
 LO BND       m2959     0
 LO BND       m2960     0
 LO BND       m2961     0
 LO BND       m2962     0
 LO BND       m2963     0
 LO BND       m2964     0
 LO BND       m2965     0
 LO BND       m2966     0
 LO BND       m2967     0
 LO BND       m2968     0
 LO BND       m2969     0
 LO BND       m2970     0
 LO BND       m2971     0
 LO BND       m2972     0
 LO BND       m2973     0
 LO BND       m2974     0
 LO BND       m2975     0
 LO BND       m2976     0
 LO BND       m2977     0
 LO BND       m2978     0
 LO BND       m2979     0
 LO BND       m2980     0
 LO BND       m2981     0
 LO BND       m2982     0
 LO BND       m2983     0
 LO BND       m2984     0
 LO BND       m2985     0
 LO BND       m2986     0
 LO BND       m2987     0
 LO BND       m2988     0
 LO BND       m2989     0
 LO BND       m2990     0
 LO BND       m2991     0
 LO BND       m2992     0
 LO BND       m2993     0
 LO BND       m2994     0
 LO BND       m2995     0
 LO BND       m2996     0
 LO BND       m2997     0
 LO BND       m2998     0
 LO BND       m2999     0
 LO BND       m3000     0
 LO BND       m3001     0
 LO BND       m3002     0
 LO BND       m3003     0
 LO BND       m3004     0
 LO BND       m3005     0
 LO BND       m3006     0
 LO BND       m3007     0
 LO BND       m3008     0
 LO BND       m3009     0
 LO BND       m3010     0
 LO BND       m3011     0
 LO BND       m3012     0
 LO BND       m3013     0
 LO BND       m3014     0
 LO BND       m3015     0
 LO BND       m3016     0
 LO BND       m3017     0
 LO BND       m3018     0
 LO BND       m3019     0
 LO BND       m3020     0
 LO BND       m3021     0
 LO BND       m3022     0
 LO BND       m3023     0
 LO BND       m3024     0
 LO BND       m3025     0
 LO BND       m3026     0
 LO BND       m3027     0
 LO BND       m3028     0
 LO BND       m3029     0
 LO BND       m3030     0
 LO BND       m3031     0
 LO BND       m3032     0
 LO BND       m3033     0
 LO BND       m3034     0
 LO BND       m3035     0
 LO BND       m3036     0
 LO BND       m3037     0
 LO BND       m3038     0
 LO BND       m3039     0
 LO BND       m3040     0
 LO BND       m3041     0
 LO BND       m3042     0
 LO BND       m3043     0
 LO BND       m3044     0
 LO BND       m3045     0
 LO BND       m3046     0
 LO BND       m3047     0
 LO BND       m3048     0
 LO BND       m3049     0
 LO BND       m3050     0
 LO BND       m3051     0
 LO BND       m3052     0
 LO BND       m3053     0
 LO BND       m3054     0
 LO BND       m3055     0
 LO BND       m3056     0
 LO BND       m3057     0
 LO BND       m3058     0
 LO BND       m3059     0
 LO BND       m3060     0
 LO BND       m3061     0
 LO BND       m3062     0
 LO BND       m3063     0
 LO BND       m3064     0
 LO BND       m3065     0
 LO BND       m3066     0
 LO BND       m3067     0
 LO BND       m3068     0
 LO BND       m3069     0
 LO BND       m3070     0
 LO BND       m3071     0
 LO BND       m3072     0
 LO BND       m3073     0
 LO BND       m3074     0
 LO BND       m3075     0
 LO BND       m3076     0
 LO BND       m3077     0
 LO BND       m3078     0
 LO BND       m3079     0
 LO BND       m3080     0
 LO BND       m3081     0
 LO BND       m3082     0
 LO BND       m3083     0
 LO BND       m3084     0
 LO BND       m3085     0
 LO BND       m3086     0
 LO BND       m3087     0
 LO BND       m3088     0
 LO BND       m3089     0
 LO BND       m3090     0
 LO BND       m3091     0
 LO BND       m3092     0
 LO BND       m3093     0
 LO BND       m3094     0
 LO BND       m3095     0
 LO BND       m3096     0
 LO BND       m3097     0
 LO BND       m3098     0
 LO BND       m3099     0
 LO BND       m3100     0
 LO BND       m3101     0
 LO BND       m3102     0
 LO BND       m3103     0
 LO BND       m3104     0
 LO BND       m3105     0
 LO BND       m3106     0
 LO BND       m3107     0
 LO BND       m3108     0
 LO BND       m3109     0
 LO BND       m3110     0
 LO BND       m3111     0
 LO BND       m3112     0
 LO BND       m3113     0
 LO BND       m3114     0
 LO BND       m3115     0
 LO BND       m3116     0
 LO BND       m3117     0
 LO BND       m3118     0
 LO BND       m3119     0
 LO BND       m3120     0
 LO BND       m3121     0
 LO BND       m3122     0
 LO BND       m3123     0
 LO BND       m3124     0
 LO BND       m3125     0
 LO BND       m3126     0
 LO BND       m3127     0
 LO BND       m3128     0
 LO BND       m3129     0
 LO BND       m3130     0
 LO BND       m3131     0
 LO BND       m3132     0
 LO BND       m3133     0
 LO BND       m3134     0
 LO BND       m3135     0
 UP BND       m0        1
 UP BND       m1        1
 UP BND       m2        1
 UP BND       m3        1
 UP BND       m4        1
 UP BND       m5        1
 UP BND       m6        1
 UP BND       m7        1
 UP BND       m8        1
 UP BND       m9        1
 UP BND       m10       1
 UP BND       m11       1
 UP BND       m12       1
 UP BND       m13       1
 UP BND       m14       1
 UP BND       m15       1
 UP BND       m16       1
 UP BND       m17       1
 UP BND       m18       1
 UP BND       m19       1
 UP BND       m20       1
 UP BND       m21       1
 UP BND       m22       1
 UP BND       m23       1
 UP BND       m24       1
 UP BND       m25       1
 UP BND       m26       1
 UP BND       m27       1
 UP BND       m28       1
 UP BND       m29       1
 UP BND       m30       1
 UP BND       m31       1
 UP BND       m32       1
 UP BND       m33       1
 UP BND       m34       1
 UP BND       m35       1
 UP BND       m36       1
 UP BND       m37       1
 UP BND       m38       1
 UP BND       m39       1
 UP BND       m40       1
 UP BND       m41       1
 UP BND       m42       1
 UP BND       m43       1
 UP BND       m44       1
 UP BND       m45       1
 UP BND       m46       1
 UP BND       m47       1
 UP BND       m48       1
 UP BND       m49       1
 UP BND       m50       1
 UP BND       m51       1
 UP BND       m52       1
 UP BND       m53       1
 UP BND       m54       1
 UP BND       m55       1
 UP BND       m56       1
 UP BND       m57       1
 UP BND       m58       1
 UP BND       m59       1
 UP BND       m60       1
 UP BND       m61       1
 UP BND       m62       1
 UP BND       m63       1
 UP BND       m64       1
 UP BND       m65       1
 UP BND       m66       1
 UP BND       m67       1
 UP BND       m68       1
 UP BND       m69       1
 UP BND       m70       1
 UP BND       m71       1
 UP BND       m72       1
 UP BND       m73       1
 UP BND       m74       1
 UP BND       m75       1
 UP BND       m76       1
 UP BND       m77       1
 UP BND       m78       1
 UP BND       m79       1
 UP BND       m80       1
 UP BND       m81       1
 UP BND       m82       1
 UP BND       m83       1
 UP BND       m84       1
 UP BND       m85       1
 UP BND       m86       1
 UP BND       m87       1
 UP BND       m88       1
 UP BND       m89       1
 UP BND       m90       1
 UP BND       m91       1
 UP BND       m92       1
 UP BND       m93       1
 UP BND       m94       1
 UP BND       m95       1
 UP BND       m96       1
 UP BND       m97       1
 UP BND       m98       1
 UP BND       m99       1
 UP BND       m100      1
 UP BND       m101      1
 UP BND       m102      1
 UP BND       m103      1
 UP BND       m104      1
 UP BND       m105      1
 UP BND       m106      1
 UP BND       m107      1
 UP BND       m108      1
 UP BND       m109      1
 UP BND       m110      1
 UP BND       m111      1
 UP BND       m112      1
 UP BND       m113      1
 UP BND       m114      1
 UP BND       m115      1
 UP BND       m116      1
 UP BND       m117      1
 UP BND       m118      1
 UP BND       m119      1
 UP BND       m120      1
 UP BND       m121      1
 UP BND       m122      1
 UP BND       m123      1
 UP BND       m124      1
 UP BND       m125      1
 UP BND       m126      1
 UP BND       m127      1
 UP BND       m128      1
 UP BND       m129      1
 UP BND       m130      1
 UP BND       m131      1
 UP BND       m132      1
 UP BND       m133      1
 UP BND       m134      1
 UP BND       m135      1
 UP BND       m136      1
 UP BND       m137      1
 UP BND       m138      1
 UP BND       m139      1
 UP BND       m140      1
 UP BND       m141      1
 UP BND       m142      1
 UP BND       m143      1
 UP BND       m144      1
 UP BND       m145      1
 UP BND       m146      1
 UP BND       m147      1
 UP BND       m148      1
 UP BND       m149      1
 UP BND       m150      1
 UP BND       m151      1
 UP BND       m152      1
 UP BND       m153      1
 UP BND       m154      1
 UP BND       m155      1
 UP BND       m156      1
 UP BND       m157      1
 UP BND       m158      1
 UP BND       m159      1
 UP BND       m160      1
 UP BND       m161      1
 UP BND       m162      1
 UP BND       m163      1
 UP BND       m164      1
 UP BND       m165      1
 UP BND       m166      1
 UP BND       m167      1
 UP BND       m168      1
 UP BND       m169      1
 UP BND       m170      1
 UP BND       m171      1
 UP BND       m172      1
 UP BND       m173      1
 UP BND       m174      1
 UP BND       m175      1
 UP BND       m176      1
 UP BND       m177      1
 UP BND       m178      1
 UP BND       m179      1
 UP BND       m180      1
 UP BND       m181      1
 UP BND       m182      1
 UP BND       m183      1
 UP BND       m184      1
 UP BND       m185      1
 UP BND       m186      1
 UP BND       m187      1
 UP BND       m188      1
 UP BND       m189      1
 UP BND       m190      1
 UP BND       m191      1
 UP BND       m192      1
 UP BND       m193      1
 UP BND       m194      1
 UP BND       m195      1
 UP BND       m196      1
 UP BND       m197      1
 UP BND       m198      1
 UP BND       m199      1
 UP BND       m200      1
 UP BND       m201      1
 UP BND       m202      1
 UP BND       m203      1
 UP BND       m204      1
 UP BND       m205      1
 UP BND       m206      1
 UP BND       m207      1
 UP BND       m208      1
 UP BND       m209      1
 UP BND       m210      1
 UP BND       m211      1
 UP BND       m212      1
 UP BND       m213      1
 UP BND       m214      1
 UP BND       m215      1
 UP BND       m216      1
 UP BND       m217      1
 UP BND       m218      1
 UP BND       m219      1
 UP BND       m220      1
 UP BND       m221      1
 UP BND       m222      1
 UP BND       m223      1
 UP BND       m224      1
 UP BND       m225      1
 UP BND       m226      1
 UP BND       m227      1
 UP BND       m228      1
 UP BND       m229      1
 UP BND       m230      1
 UP BND       m231      1
 UP BND       m232      1
 UP BND       m233      1
 UP BND       m234      1
 UP BND       m235      1
 UP BND       m236      1
 UP BND       m237      1
 UP BND       m238      1
 UP BND       m239      1
 UP BND       m240      1
 UP BND       m241      1
 UP BND       m242      1
 UP BND       m243      1
 UP BND       m244      1
 UP BND       m245      1
 UP BND       m246      1
 UP BND       m247      1
 UP BND       m248      1
 UP BND       m249      1
 UP BND       m250      1
 UP BND       m251      1
 UP BND       m252      1
 UP BND       m253      1
 UP BND       m254      1
 UP BND       m255      1
 UP BND       m256      1
 UP BND       m257      1
 UP BND       m258      1
 UP BND       m259      1
 UP BND       m260      1
 UP BND       m261      1
 UP BND       m262      1
 UP BND       m263      1
 UP BND       m264      1
 UP BND       m265      1
 UP BND       m266      1
 UP BND       m267      1
 UP BND       m268      1
 UP BND       m269      1
 UP BND       m270      1
 UP BND       m271      1
 UP BND       m272      1
 UP BND       m273      1
 UP BND       m274      1
 UP BND       m275      1
 UP BND       m276      1
 UP BND       m277      1
 UP BND       m278      1
 UP BND       m279      1
 UP BND       m280      1
 UP BND       m281      1
 UP BND       m282      1
 UP BND       m283      1
 UP BND       m284      1
 UP BND       m285      1
 UP BND       m286      1
 UP BND       m287      1
 UP BND       m288      1
 UP BND       m289      1
 UP BND       m290      1
 UP BND       m291      1
 UP BND       m292      1
 UP BND       m293      1
 UP BND       m294      1
 UP BND       m295      1
 UP BND       m296      1
 UP BND       m297      1
 UP BND       m298      1
 UP BND       m299      1
 UP BND       m300      1
 UP BND       m301      1
 UP BND       m302      1
 UP BND       m303      1
 UP BND       m304      1
 UP BND       m305      1
 UP BND       m306      1
 UP BND       m307      1
 UP BND       m308      1
 UP BND       m309      1
 UP BND       m310      1
 UP BND       m311      1
 UP BND       m312      1
 UP BND       m313      1
 UP BND       m314      1
 UP BND       m315      1
 UP BND       m316      1
 UP BND       m317      1
 UP BND       m318      1
 UP BND       m319      1
 UP BND       m320      1
 UP BND       m321      1
 UP BND       m322      1
 UP BND       m323      1
 UP BND       m324      1
 UP BND       m325      1
 UP BND       m326      1
 UP BND       m327      1
 UP BND       m328      1
 UP BND       m329      1
 UP BND       m330      1
 UP BND       m331      1
 UP BND       m332      1
 UP BND       m333      1
 UP BND       m334      1
 UP BND       m335      1
 UP BND       m336      1
 UP BND       m337      1
 UP BND       m338      1
 UP BND       m339      1
 UP BND       m340      1
 UP BND       m341      1
 UP BND       m342      1
 UP BND       m343      1
 UP BND       m344      1
 UP BND       m345      1
 UP BND       m346      1
 UP BND       m347      1
 UP BND       m348      1
 UP BND       m349      1
 UP BND       m350      1
 UP BND       m351      1
 UP BND       m352      1
 UP BND       m353      1
 UP BND       m354      1
 UP BND       m355      1
 UP BND       m356      1
 UP BND       m357      1
 UP BND       m358      1
 UP BND       m359      1
 UP BND       m360      1
 UP BND       m361      1
 UP BND       m362      1
 UP BND       m363      1
 UP BND       m364      1
 UP BND       m365      1
 UP BND       m366      1
 UP BND       m367      1
 UP BND       m368      1
 UP BND       m369      1
 UP BND       m370      1
 UP BND       m371      1
 UP BND       m372      1
 UP BND       m373      1
 UP BND       m374      1
 UP BND       m375      1
 UP BND       m376      1
 UP BND       m377      1
 UP BND       m378      1
 UP BND       m379      1
 UP BND       m380      1
 UP BND       m381      1
 UP BND       m382      1
 UP BND       m383      1
 UP BND       m384      1
 UP BND       m385      1
 UP BND       m386      1
 UP BND       m387      1
 UP BND       m388      1
 UP BND       m389      1
 UP BND       m390      1
 UP BND       m391      1
 UP BND       m392      1
 UP BND       m393      1
 UP BND       m394      1
 UP BND       m395      1
 UP BND       m396      1
 UP BND       m397      1
 UP BND       m398      1
 UP BND       m399      1
 UP BND       m400      1
 UP BND       m401      1
 UP BND       m402      1
 UP BND       m403      1
 UP BND       m404      1
 UP BND       m405      1
 UP BND       m406      1
 UP BND       m407      1
 UP BND       m408      1
 UP BND       m409      1
 UP BND       m410      1
 UP BND       m411      1
 UP BND       m412      1
 UP BND       m413      1
 UP BND       m414      1
 UP BND       m415      1
 UP BND       m416      1
 UP BND       m417      1
 UP BND       m418      1
 UP BND       m419      1
 UP BND       m420      1
 UP BND       m421      1
 UP BND       m422      1
 UP BND       m423      1
 UP BND       m424      1
 UP BND       m425      1
 UP BND       m426      1
 UP BND       m427      1
 UP BND       m428      1
 UP BND       m429      1
 UP BND       m430      1
 UP BND       m431      1
 UP BND       m432      1
 UP BND       m433      1
 UP BND       m434      1
 UP BND       m435      1
 UP BND       m436      1
 UP BND       m437      1
 UP BND       m438      1
 UP BND       m439      1
 UP BND       m440      1
 UP BND       m441      1
 UP BND       m442      1
 UP BND       m443      1
 UP BND       m444      1
 UP BND       m445      1
 UP BND       m446      1
 UP BND       m447      1
 UP BND       m448      1
 UP BND       m449      1
 UP BND       m450      1
 UP BND       m451      1
 UP BND       m452      1
 UP BND       m453      1
 UP BND       m454      1
 UP BND       m455      1
 UP BND       m456      1
 UP BND       m457      1
 UP BND       m458      1
 UP BND       m459      1
 UP BND       m460      1
 UP BND       m461      1
 UP BND       m462      1
 UP BND       m463      1
 UP BND       m464      1
 UP BND       m465      1
 UP BND       m466      1
 UP BND       m467      1
 UP BND       m468      1
 UP BND       m469      1
 UP BND       m470      1
 UP BND       m471      1
 UP BND       m472      1
 UP BND       m473      1
 UP BND       m474      1
 UP BND       m475      1
 UP BND       m476      1
 UP BND       m477      1
 UP BND       m478      1
 UP BND       m479      1
 UP BND       m480      1
 UP BND       m481      1
 UP BND       m482      1
 UP BND       m483      1
 UP BND       m484      1
 UP BND       m485      1
 UP BND       m486      1
 UP BND       m487      1
 UP BND       m488      1
 UP BND       m489      1
 UP BND       m490      1
 UP BND       m491      1
 UP BND       m492      1
 UP BND       m493      1
 UP BND       m494      1
 UP BND       m495      1
 UP BND       m496      1
 UP BND       m497      1
 UP BND       m498      1
 UP BND       m499      1
 UP BND       m500      1
 UP BND       m501      1
 UP BND       m502      1
 UP BND       m503      1
 UP BND       m504      1
 UP BND       m505      1
 UP BND       m506      1
 UP BND       m507      1
 UP BND       m508      1
 UP BND       m509      1
 UP BND       m510      1
 UP BND       m511      1
 UP BND       m512      1
 UP BND       m513      1
 UP BND       m514      1
 UP BND       m515      1
 UP BND       m516      1
 UP BND       m517      1
 UP BND       m518      1
 UP BND       m519      1
 UP BND       m520      1
 UP BND       m521      1
 UP BND       m522      1
 UP BND       m523      1
 UP BND       m524      1
 UP BND       m525      1
 UP BND       m526      1
 UP BND       m527      1
 UP BND       m528      1
 UP BND       m529      1
 UP BND       m530      1
 UP BND       m531      1
 UP BND       m532      1
 UP BND       m533      1
 UP BND       m534      1
 UP BND       m535      1
 UP BND       m536      1
 UP BND       m537      1
 UP BND       m538      1
 UP BND       m539      1
 UP BND       m540      1
 UP BND       m541      1
 UP BND       m542      1
 UP BND       m543      1
 UP BND       m544      1
 UP BND       m545      1
 UP BND       m546      1
 UP BND       m547      1
 UP BND       m548      1
 UP BND       m549      1
 UP BND       m550      1
 UP BND       m551      1
 UP BND       m552      1
 UP BND       m553      1
 UP BND       m554      1
 UP BND       m555      1
 UP BND       m556      1
 UP BND       m557      1
 UP BND       m558      1
 UP BND       m559      1
 UP BND       m560      1
 UP BND       m561      1
 UP BND       m562      1
 UP BND       m563      1
 UP BND       m564      1
 UP BND       m565      1
 UP BND       m566      1
 UP BND       m567      1
 UP BND       m568      1
 UP BND       m569      1
 UP BND       m570      1
 UP BND       m571      1
 UP BND       m572      1
 UP BND       m573      1
 UP BND       m574      1
 UP BND       m575      1
 UP BND       m576      1
 UP BND       m577      1
 UP BND       m578      1
 UP BND       m579      1
 UP BND       m580      1
 UP BND       m581      1
 UP BND       m582      1
 UP BND       m583      1
 UP BND       m584      1
 UP BND       m585      1
 UP BND       m586      1
 UP BND       m587      1
 UP BND       m588      1
 UP BND       m589      1
 UP BND       m590      1
 UP BND       m591      1
 UP BND       m592      1
 UP BND       m593      1
 UP BND       m594      1
 UP BND       m595      1
 UP BND       m596      1
 UP BND       m597      1
 UP BND       m598      1
 UP BND       m599      1
 UP BND       m600      1
 UP BND       m601      1
 UP BND       m602      1
 UP BND       m603      1
 UP BND       m604      1
 UP BND       m605      1
 UP BND       m606      1
 UP BND       m607      1
 UP BND       m608      1
 UP BND       m609      1
 UP BND       m610      1
 UP BND       m611      1
 UP BND       m612      1
 UP BND       m613      1
 UP BND       m614      1
 UP BND       m615      1
 UP BND       m616      1
 UP BND       m617      1
 UP BND       m618      1
 UP BND       m619      1
 UP BND       m620      1
 UP BND       m621      1
 UP BND       m622      1
 UP BND       m623      1
 UP BND       m624      1
 UP BND       m625      1
 UP BND       m626      1
 UP BND       m627      1
 UP BND       m628      1
 UP BND       m629      1
 UP BND       m630      1
 UP BND       m631      1
 UP BND       m632      1
 UP BND       m633      1
 UP BND       m634      1
 UP BND       m635      1
 UP BND       m636      1
 UP BND       m637      1
 UP BND       m638      1
 UP BND       m639      1
 UP BND       m640      1
 UP BND       m641      1
 UP BND       m642      1
 UP BND       m643      1
 UP BND       m644      1
 UP BND       m645      1
 UP BND       m646      1
 UP BND       m647      1
 UP BND       m648      1
 UP BND       m649      1
 UP BND       m650      1
 UP BND       m651      1
 UP BND       m652      1
 UP BND       m653      1
 UP BND       m654      1
 UP BND       m655      1
 UP BND       m656      1
 UP BND       m657      1
 UP BND       m658      1
 UP BND       m659      1
 UP BND       m660      1
 UP BND       m661      1
 UP BND       m662      1
 UP BND       m663      1
 UP BND       m664      1
 UP BND       m665      1
 UP BND       m666      1
 UP BND       m667      1
 UP BND       m668      1
 UP BND       m669      1
 UP BND       m670      1
 UP BND       m671      1
 UP BND       m672      1
 UP BND       m673      1
 UP BND       m674      1
 UP BND       m675      1
 UP BND       m676      1
 UP BND       m677      1
 UP BND       m678      1
 UP BND       m679      1
 UP BND       m680      1
 UP BND       m681      1
 UP BND       m682      1
 UP BND       m683      1
 UP BND       m684      1
 UP BND       m685      1
 UP BND       m686      1
 UP BND       m687      1
 UP BND       m688      1
 UP BND       m689      1
 UP BND       m690      1
 UP BND       m691      1
 UP BND       m692      1
 UP BND       m693      1
 UP BND       m694      1
 UP BND       m695      1
 UP BND       m696      1
 UP BND       m697      1
 UP BND       m698      1
 UP BND       m699      1
 UP BND       m700      1
 UP BND       m701      1
 UP BND       m702      1
 UP BND       m703      1
 UP BND       m704      1
 UP BND       m705      1
 UP BND       m706      1
 UP BND       m707      1
 UP BND       m708      1
 UP BND       m709      1
 UP BND       m710      1
 UP BND       m711      1
 UP BND       m712      1
 UP BND       m713      1
 UP BND       m714      1
 UP BND       m715      1
 UP BND       m716      1
 UP BND       m717      1
 UP BND       m718      1
 UP BND       m719      1
 UP BND       m720      1
 UP BND       m721      1
 UP BND       m722      1
 UP BND       m723      1
 UP BND       m724      1
 UP BND       m725      1
 UP BND       m726      1
 UP BND       m727      1
 UP BND       m728      1
 UP BND       m729      1
 UP BND       m730      1
 UP BND       m731      1
 UP BND       m732      1
 UP BND       m733      1
 UP BND       m734      1
 UP BND       m735      1
 UP BND       m736      1
 UP BND       m737      1
 UP BND       m738      1
 UP BND       m739      1
 UP BND       m740      1
 UP BND       m741      1
 UP BND       m742      1
 UP BND       m743      1
 UP BND       m744      1
 UP BND       m745      1
 UP BND       m746      1
 UP BND       m747      1
 UP BND       m748      1
 UP BND       m749      1
 UP BND       m750      1
 UP BND       m751      1
 UP BND       m752      1
 UP BND       m753      1
 UP BND       m754      1
 UP BND       m755      1
 UP BND       m756      1
 UP BND       m757      1
 UP BND       m758      1
 UP BND       m759      1
 UP BND       m760      1
 UP BND       m761      1
 UP BND       m762      1
 UP BND       m763      1
 UP BND       m764      1
 UP BND       m765      1
 UP BND       m766      1
 UP BND       m767      1
 UP BND       m768      1
 UP BND       m769      1
 UP BND       m770      1
 UP BND       m771      1
 UP BND       m772      1
 UP BND       m773      1
 UP BND       m774      1
 UP BND       m775      1
 UP BND       m776      1
 UP BND       m777      1
 UP BND       m778      1
 UP BND       m779      1
 UP BND       m780      1
 UP BND       m781      1
 UP BND       m782      1
 UP BND       m783      1
 UP BND       m784      1
 UP BND       m785      1
 UP BND       m786      1
 UP BND       m787      1
 UP BND       m788      1
 UP BND       m789      1
 UP BND       m790      1
 UP BND       m791      1
 UP BND       m792      1
 UP BND       m793      1
 UP BND       m794      1
 UP BND       m795      1
 UP BND       m796      1
 UP BND       m797      1
 UP BND       m798      1
 UP BND       m799      1
 UP BND       m800      1
 UP BND       m801      1
 UP BND       m802      1
 UP BND       m803      1
 UP BND       m804      1
 UP BND       m805      1
 UP BND       m806      1
 UP BND       m807      1
 UP BND       m808      1
 UP BND       m809      1
 UP BND       m810      1
 UP BND       m811      1
 UP BND       m812      1
 UP BND       m813      1
 UP BND       m814      1
 UP BND       m815      1
 UP BND       m816      1
 UP BND       m817      1
 UP BND       m818      1
 UP BND       m819      1
 UP BND       m820      1
 UP BND       m821      1
 UP BND       m822      1
 UP BND       m823      1
 UP BND       m824      1
 UP BND       m825      1
 UP BND       m826      1
 UP BND       m827      1
 UP BND       m828      1
 UP BND       m829      1
 UP BND       m830      1
 UP BND       m831      1
 UP BND       m832      1
 UP BND       m833      1
 UP BND       m834      1
 UP BND       m835      1
 UP BND       m836      1
 UP BND       m837      1
 UP BND       m838      1
 UP BND       m839      1
 UP BND       m840      1
 UP BND       m841      1
 UP BND       m842      1
 UP BND       m843      1
 UP BND       m844      1
 UP BND       m845      1
 UP BND       m846      1
 UP BND       m847      1
 UP BND       m848      1
 UP BND       m849      1
 UP BND       m850      1
 UP BND       m851      1
 UP BND       m852      1
 UP BND       m853      1
 UP BND       m854      1
 UP BND       m855      1
 UP BND       m856      1
 UP BND       m857      1
 UP BND       m858      1
 UP BND       m859      1
 UP BND       m860      1
 UP BND       m861      1
 UP BND       m862      1
 UP BND       m863      1
 UP BND       m864      1
 UP BND       m865      1
 UP BND       m866      1
 UP BND       m867      1
 UP BND       m868      1
 UP BND       m869      1
 UP BND       m870      1
 UP BND       m871      1
 UP BND       m872      1
 UP BND       m873      1
 UP BND       m874      1
 UP BND       m875      1
 UP BND       m876      1
 UP BND       m877      1
 UP BND       m878      1
 UP BND       m879      1
 UP BND       m880      1
 UP BND       m881      1
 UP BND       m882      1
 UP BND       m883      1
 UP BND       m884      1
 UP BND       m885      1
 UP BND       m886      1
 UP BND       m887      1
 UP BND       m888      1
 UP BND       m889      1
 UP BND       m890      1
 UP BND       m891      1
 UP BND       m892      1
 UP BND       m893      1
 UP BND       m894      1
 UP BND       m895      1
 UP BND       m896      1
 UP BND       m897      1
 UP BND       m898      1
 UP BND       m899      1
 UP BND       m900      1
 UP BND       m901      1
 UP BND       m902      1
 UP BND       m903      1
 UP BND       m904      1
 UP BND       m905      1
 UP BND       m906      1
 UP BND       m907      1
 UP BND       m908      1
 UP BND       m909      1
 UP BND       m910      1
 UP BND       m911      1
 UP BND       m912      1
 UP BND       m913      1
 UP BND       m914      1
 UP BND       m915      1
 UP BND       m916      1
 UP BND       m917      1
 UP BND       m918      1
 UP BND       m919      1
 UP BND       m920      1
 UP BND       m921      1
 UP BND       m922      1
 UP BND       m923      1
 UP BND       m924      1
 UP BND       m925      1
 UP BND       m926      1
 UP BND       m927      1
 UP BND       m928      1
 UP BND       m929      1
 UP BND       m930      1
 UP BND       m931      1
 UP BND       m932      1
 UP BND       m933      1
 UP BND       m934      1
 UP BND       m935      1
 UP BND       m936      1
 UP BND       m937      1
 UP BND       m938      1
 UP BND       m939      1
 UP BND       m940      1
 UP BND       m941      1
 UP BND       m942      1
 UP BND       m943      1
 UP BND       m944      1
 UP BND       m945      1
 UP BND       m946      1
 UP BND       m947      1
 UP BND       m948      1
 UP BND       m949      1
 UP BND       m950      1
 UP BND       m951      1
 UP BND       m952      1
 UP BND       m953      1
 UP BND       m954      1
 UP BND       m955      1
 UP BND       m956      1
 UP BND       m957      1
 UP BND       m958      1
 UP BND       m959      1
 UP BND       m960      1
 UP BND       m961      1
 UP BND       m962      1
 UP BND       m963      1
 UP BND       m964      1
 UP BND       m965      1
 UP BND       m966      1
 UP BND       m967      1
 UP BND       m968      1
 UP BND       m969      1
 UP BND       m970      1
 UP BND       m971      1
 UP BND       m972      1
 UP BND       m973      1
 UP BND       m974      1
 UP BND       m975      1
 UP BND       m976      1
 UP BND       m977      1
 UP BND       m978      1
 UP BND       m979      1
 UP BND       m980      1
 UP BND       m981      1
 UP BND       m982      1
 UP BND       m983      1
 UP BND       m984      1
 UP BND       m985      1
 UP BND       m986      1
 UP BND       m987      1
 UP BND       m988      1
 UP BND       m989      1
 UP BND       m990      1
 UP BND       m991      1
 UP BND       m992      1
 UP BND       m993      1
 UP BND       m994      1
 UP BND       m995      1
 UP BND       m996      1
 UP BND       m997      1
 UP BND       m998      1
 UP BND       m999      1
 UP BND       m1000     1
 UP BND       m1001     1
 UP BND       m1002     1
 UP BND       m1003     1
 UP BND       m1004     1
 UP BND       m1005     1
 UP BND       m1006     1
 UP BND       m1007     1
 UP BND       m1008     1
 UP BND       m1009     1
 UP BND       m1010     1
 UP BND       m1011     1
 UP BND       m1012     1
 UP BND       m1013     1
 UP BND       m1014     1
 UP BND       m1015     1
 UP BND       m1016     1
 UP BND       m1017     1
 UP BND       m1018     1
 UP BND       m1019     1
 UP BND       m1020     1
 UP BND       m1021     1
 UP BND       m1022     1
 UP BND       m1023     1
 UP BND       m1024     1
 UP BND       m1025     1
 UP BND       m1026     1
 UP BND       m1027     1
 UP BND       m1028     1
 UP BND       m1029     1
 UP BND       m1030     1
 UP BND       m1031     1
 UP BND       m1032     1
 UP BND       m1033     1
 UP BND       m1034     1
 UP BND       m1035     1
 UP BND       m1036     1
 UP BND       m1037     1
 UP BND       m1038     1
 UP BND       m1039     1
 UP BND       m1040     1
 UP BND       m1041     1
 UP BND       m1042     1
 UP BND       m1043     1
 UP BND       m1044     1
 UP BND       m1045     1
 UP BND       m1046     1
 UP BND       m1047     1
 UP BND       m1048     1
 UP BND       m1049     1
 UP BND       m1050     1
 UP BND       m1051     1
 UP BND       m1052     1
 UP BND       m1053     1
 UP BND       m1054     1
 UP BND       m1055     1
 UP BND       m1056     1
 UP BND       m1057     1
 UP BND       m1058     1
 UP BND       m1059     1
 UP BND       m1060     1
 UP BND       m1061     1
 UP BND       m1062     1
 UP BND       m1063     1
 UP BND       m1064     1
 UP BND       m1065     1
 UP BND       m1066     1
 UP BND       m1067     1
 UP BND       m1068     1
 UP BND       m1069     1
 UP BND       m1070     1
 UP BND       m1071     1
 UP BND       m1072     1
 UP BND       m1073     1
 UP BND       m1074     1
 UP BND       m1075     1
 UP BND       m1076     1
 UP BND       m1077     1
 UP BND       m1078     1
 UP BND       m1079     1
 UP BND       m1080     1
 UP BND       m1081     1
 UP BND       m1082     1
 UP BND       m1083     1
 UP BND       m1084     1
 UP BND       m1085     1
 UP BND       m1086     1
 UP BND       m1087     1
 UP BND       m1088     1
 UP BND       m1089     1
 UP BND       m1090     1
 UP BND       m1091     1
 UP BND       m1092     1
 UP BND       m1093     1
 UP BND       m1094     1
 UP BND       m1095     1
 UP BND       m1096     1
 UP BND       m1097     1
 UP BND       m1098     1
 UP BND       m1099     1
 UP BND       m1100     1
 UP BND       m1101     1
 UP BND       m1102     1
 UP BND       m1103     1
 UP BND       m1104     1
 UP BND       m1105     1
 UP BND       m1106     1
 UP BND       m1107     1
 UP BND       m1108     1
 UP BND       m1109     1
 UP BND       m1110     1
 UP BND       m1111     1
 UP BND       m1112     1
 UP BND       m1113     1
 UP BND       m1114     1
 UP BND       m1115     1
 UP BND       m1116     1
 UP BND       m1117     1
 UP BND       m1118     1
 UP BND       m1119     1
 UP BND       m1120     1
 UP BND       m1121     1
 UP BND       m1122     1
 UP BND       m1123     1
 UP BND       m1124     1
 UP BND       m1125     1
 UP BND       m1126     1
 UP BND       m1127     1
 UP BND       m1128     1
 UP BND       m1129     1
 UP BND       m1130     1
 UP BND       m1131     1
 UP BND       m1132     1
 UP BND       m1133     1
 UP BND       m1134     1
 UP BND       m1135     1
 UP BND       m1136     1
 UP BND       m1137     1
 UP BND       m1138     1
 UP BND       m1139     1
 UP BND       m1140     1
 UP BND       m1141     1
 UP BND       m1142     1
 UP BND       m1143     1
 UP BND       m1144     1
 UP BND       m1145     1
 UP BND       m1146     1
 UP BND       m1147     1
 UP BND       m1148     1
 UP BND       m1149     1
 UP BND       m1150     1
 UP BND       m1151     1
 UP BND       m1152     1
 UP BND       m1153     1
 UP BND       m1154     1
 UP BND       m1155     1
 UP BND       m1156     1
 UP BND       m1157     1
 UP BND       m1158     1
 UP BND       m1159     1
 UP BND       m1160     1
 UP BND       m1161     1
 UP BND       m1162     1
 UP BND       m1163     1
 UP BND       m1164     1
 UP BND       m1165     1
 UP BND       m1166     1
 UP BND       m1167     1
 UP BND       m1168     1
 UP BND       m1169     1
 UP BND       m1170     1
 UP BND       m1171     1
 UP BND       m1172     1
 UP BND       m1173     1
 UP BND       m1174     1
 UP BND       m1175     1
 UP BND       m1176     1
 UP BND       m1177     1
 UP BND       m1178     1
 UP BND       m1179     1
 UP BND       m1180     1
 UP BND       m1181     1
 UP BND       m1182     1
 UP BND       m1183     1
 UP BND       m1184     1
 UP BND       m1185     1
 UP BND       m1186     1
 UP BND       m1187     1
 UP BND       m1188     1
 UP BND       m1189     1
 UP BND       m1190     1
 UP BND       m1191     1
 UP BND       m1192     1
 UP BND       m1193     1
 UP BND       m1194     1
 UP BND       m1195     1
 UP BND       m1196     1
 UP BND       m1197     1
 UP BND       m1198     1
 UP BND       m1199     1
 UP BND       m1200     1
 UP BND       m1201     1
 UP BND       m1202     1
 UP BND       m1203     1
 UP BND       m1204     1
 UP BND       m1205     1
 UP BND       m1206     1
 UP BND       m1207     1
 UP BND       m1208     1
 UP BND       m1209     1
 UP BND       m1210     1
 UP BND       m1211     1
 UP BND       m1212     1
 UP BND       m1213     1
 UP BND       m1214     1
 UP BND       m1215     1
 UP BND       m1216     1
 UP BND       m1217     1
 UP BND       m1218     1
 UP BND       m1219     1
 UP BND       m1220     1
 UP BND       m1221     1
 UP BND       m1222     1
 UP BND       m1223     1
 UP BND       m1224     1
 UP BND       m1225     1
 UP BND       m1226     1
 UP BND       m1227     1
 UP BND       m1228     1
 UP BND       m1229     1
 UP BND       m1230     1
 UP BND       m1231     1
 UP BND       m1232     1
 UP BND       m1233     1
 UP BND       m1234     1
 UP BND       m1235     1
 UP BND       m1236     1
 UP BND       m1237     1
 UP BND       m1238     1
 UP BND       m1239     1
 UP BND       m1240     1
 UP BND       m1241     1
 UP BND       m1242     1
 UP BND       m1243     1
 UP BND       m1244     1
 UP BND       m1245     1
 UP BND       m1246     1
 UP BND       m1247     1
 UP BND       m1248     1
 UP BND       m1249     1
 UP BND       m1250     1
 UP BND       m1251     1
 UP BND       m1252     1
 UP BND       m1253     1
 UP BND       m1254     1
 UP BND       m1255     1
 UP BND       m1256     1
 UP BND       m1257     1
 UP BND       m1258     1
 UP BND       m1259     1
 UP BND       m1260     1
 UP BND       m1261     1
 UP BND       m1262     1
 UP BND       m1263     1
 UP BND       m1264     1
 UP BND       m1265     1
 UP BND       m1266     1
 UP BND       m1267     1
 UP BND       m1268     1
 UP BND       m1269     1
 UP BND       m1270     1
 UP BND       m1271     1
 UP BND       m1272     1
 UP BND       m1273     1
 UP BND       m1274     1
 UP BND       m1275     1
 UP BND       m1276     1
 UP BND       m1277     1
 UP BND       m1278     1
 UP BND       m1279     1
 UP BND       m1280     1
 UP BND       m1281     1
 UP BND       m1282     1
 UP BND       m1283     1
 UP BND       m1284     1
 UP BND       m1285     1
 UP BND       m1286     1
 UP BND       m1287     1
 UP BND       m1288     1
 UP BND       m1289     1
 UP BND       m1290     1
 UP BND       m1291     1
 UP BND       m1292     1
 UP BND       m1293     1
 UP BND       m1294     1
 UP BND       m1295     1
 UP BND       m1296     1
 UP BND       m1297     1
 UP BND       m1298     1
 UP BND       m1299     1
 UP BND       m1300     1
 UP BND       m1301     1
 UP BND       m1302     1
 UP BND       m1303     1
 UP BND       m1304     1
 UP BND       m1305     1
 UP BND       m1306     1
 UP BND       m1307     1
 UP BND       m1308     1
 UP BND       m1309     1
 UP BND       m1310     1
 UP BND       m1311     1
 UP BND       m1312     1
 UP BND       m1313     1
 UP BND       m1314     1
 UP BND       m1315     1
 UP BND       m1316     1
 UP BND       m1317     1
 UP BND       m1318     1
 UP BND       m1319     1
 UP BND       m1320     1
 UP BND       m1321     1
 UP BND       m1322     1
 UP BND       m1323     1
 UP BND       m1324     1
 UP BND       m1325     1
 UP BND       m1326     1
 UP BND       m1327     1
 UP BND       m1328     1
 UP BND       m1329     1
 UP BND       m1330     1
 UP BND       m1331     1
 UP BND       m1332     1
 UP BND       m1333     1
 UP BND       m1334     1
 UP BND       m1335     1
 UP BND       m1336     1
 UP BND       m1337     1
 UP BND       m1338     1
 UP BND       m1339     1
 UP BND       m1340     1
 UP BND       m1341     1
 UP BND       m1342     1
 UP BND       m1343     1
 UP BND       m1344     1
 UP BND       m1345     1
 UP BND       m1346     1
 UP BND       m1347     1
 UP BND       m1348     1
 UP BND       m1349     1
 UP BND       m1350     1
 UP BND       m1351     1
 UP BND       m1352     1
 UP BND       m1353     1
 UP BND       m1354     1
 UP BND       m1355     1
 UP BND       m1356     1
 UP BND       m1357     1
 UP BND       m1358     1
 UP BND       m1359     1
 UP BND       m1360     1
 UP BND       m1361     1
 UP BND       m1362     1
 UP BND       m1363     1
 UP BND       m1364     1
 UP BND       m1365     1
 UP BND       m1366     1
 UP BND       m1367     1
 UP BND       m1368     1
 UP BND       m1369     1
 UP BND       m1370     1
 UP BND       m1371     1
 UP BND       m1372     1
 UP BND       m1373     1
 UP BND       m1374     1
 UP BND       m1375     1
 UP BND       m1376     1
 UP BND       m1377     1
 UP BND       m1378     1
 UP BND       m1379     1
 UP BND       m1380     1
 UP BND       m1381     1
 UP BND       m1382     1
 UP BND       m1383     1
 UP BND       m1384     1
 UP BND       m1385     1
 UP BND       m1386     1
 UP BND       m1387     1
 UP BND       m1388     1
 UP BND       m1389     1
 UP BND       m1390     1
 UP BND       m1391     1
 UP BND       m1392     1
 UP BND       m1393     1
 UP BND       m1394     1
 UP BND       m1395     1
 UP BND       m1396     1
 UP BND       m1397     1
 UP BND       m1398     1
 UP BND       m1399     1
 UP BND       m1400     1
 UP BND       m1401     1
 UP BND       m1402     1
 UP BND       m1403     1
 UP BND       m1404     1
 UP BND       m1405     1
 UP BND       m1406     1
 UP BND       m1407     1
 UP BND       m1408     1
 UP BND       m1409     1
 UP BND       m1410     1
 UP BND       m1411     1
 UP BND       m1412     1
 UP BND       m1413     1
 UP BND       m1414     1
 UP BND       m1415     1
 UP BND       m1416     1
 UP BND       m1417     1
 UP BND       m1418     1
 UP BND       m1419     1
 UP BND       m1420     1
 UP BND       m1421     1
 UP BND       m1422     1
 UP BND       m1423     1
 UP BND       m1424     1
 UP BND       m1425     1
 UP BND       m1426     1
 UP BND       m1427     1
 UP BND       m1428     1
 UP BND       m1429     1
 UP BND       m1430     1
 UP BND       m1431     1
 UP BND       m1432     1
 UP BND       m1433     1
 UP BND       m1434     1
 UP BND       m1435     1
 UP BND       m1436     1
 UP BND       m1437     1
 UP BND       m1438     1
 UP BND       m1439     1
 UP BND       m1440     1
 UP BND       m1441     1
 UP BND       m1442     1
 UP BND       m1443     1
 UP BND       m1444     1
 UP BND       m1445     1
 UP BND       m1446     1
 UP BND       m1447     1
 UP BND       m1448     1
 UP BND       m1449     1
 UP BND       m1450     1
 UP BND       m1451     1
 UP BND       m1452     1
 UP BND       m1453     1
 UP BND       m1454     1
 UP BND       m1455     1
 UP BND       m1456     1
 UP BND       m1457     1
 UP BND       m1458     1
 UP BND       m1459     1
 UP BND       m1460     1
 UP BND       m1461     1
 UP BND       m1462     1
 UP BND       m1463     1
 UP BND       m1464     1
 UP BND       m1465     1
 UP BND       m1466     1
 UP BND       m1467     1
 UP BND       m1468     1
 UP BND       m1469     1
 UP BND       m1470     1
 UP BND       m1471     1
 UP BND       m1472     1
 UP BND       m1473     1
 UP BND       m1474     1
 UP BND       m1475     1
 UP BND       m1476     1
 UP BND       m1477     1
 UP BND       m1478     1
 UP BND       m1479     1
 UP BND       m1480     1
 UP BND       m1481     1
 UP BND       m1482     1
 UP BND       m1483     1
 UP BND       m1484     1
 UP BND       m1485     1
 UP BND       m1486     1
 UP BND       m1487     1
 UP BND       m1488     1
 UP BND       m1489     1
 UP BND       m1490     1
 UP BND       m1491     1
 UP BND       m1492     1
 UP BND       m1493     1
 UP BND       m1494     1
 UP BND       m1495     1
 UP BND       m1496     1
 UP BND       m1497     1
 UP BND       m1498     1
 UP BND       m1499     1
 UP BND       m1500     1
 UP BND       m1501     1
 UP BND       m1502     1
 UP BND       m1503     1
 UP BND       m1504     1
 UP BND       m1505     1
 UP BND       m1506     1
 UP BND       m1507     1
 UP BND       m1508     1
 UP BND       m1509     1
 UP BND       m1510     1
 UP BND       m1511     1
 UP BND       m1512     1
 UP BND       m1513     1
 UP BND       m1514     1
 UP BND       m1515     1
 UP BND       m1516     1
 UP BND       m1517     1
 UP BND       m1518     1
 UP BND       m1519     1
 UP BND       m1520     1
 UP BND       m1521     1
 UP BND       m1522     1
 UP BND       m1523     1
 UP BND       m1524     1
 UP BND       m1525     1
 UP BND       m1526     1
 UP BND       m1527     1
 UP BND       m1528     1
 UP BND       m1529     1
 UP BND       m1530     1
 UP BND       m1531     1
 UP BND       m1532     1
 UP BND       m1533     1
 UP BND       m1534     1
 UP BND       m1535     1
 UP BND       m1536     1
 UP BND       m1537     1
 UP BND       m1538     1
 UP BND       m1539     1
 UP BND       m1540     1
 UP BND       m1541     1
 UP BND       m1542     1
 UP BND       m1543     1
 UP BND       m1544     1
 UP BND       m1545     1
 UP BND       m1546     1
 UP BND       m1547     1
 UP BND       m1548     1
 UP BND       m1549     1
 UP BND       m1550     1
 UP BND       m1551     1
 UP BND       m1552     1
 UP BND       m1553     1
 UP BND       m1554     1
 UP BND       m1555     1
 UP BND       m1556     1
 UP BND       m1557     1
 UP BND       m1558     1
 UP BND       m1559     1
 UP BND       m1560     1
 UP BND       m1561     1
 UP BND       m1562     1
 UP BND       m1563     1
 UP BND       m1564     1
 UP BND       m1565     1
 UP BND       m1566     1
 UP BND       m1567     1
 UP BND       m1568     1
 UP BND       m1569     1
 UP BND       m1570     1
 UP BND       m1571     1
 UP BND       m1572     1
 UP BND       m1573     1
 UP BND       m1574     1
 UP BND       m1575     1
 UP BND       m1576     1
 UP BND       m1577     1
 UP BND       m1578     1
 UP BND       m1579     1
 UP BND       m1580     1
 UP BND       m1581     1
 UP BND       m1582     1
 UP BND       m1583     1
 UP BND       m1584     1
 UP BND       m1585     1
 UP BND       m1586     1
 UP BND       m1587     1
 UP BND       m1588     1
 UP BND       m1589     1
 UP BND       m1590     1
 UP BND       m1591     1
 UP BND       m1592     1
 UP BND       m1593     1
 UP BND       m1594     1
 UP BND       m1595     1
 UP BND       m1596     1
 UP BND       m1597     1
 UP BND       m1598     1
 UP BND       m1599     1
 UP BND       m1600     1
 UP BND       m1601     1
 UP BND       m1602     1
 UP BND       m1603     1
 UP BND       m1604     1
 UP BND       m1605     1
 UP BND       m1606     1
 UP BND       m1607     1
 UP BND       m1608     1
 UP BND       m1609     1
 UP BND       m1610     1
 UP BND       m1611     1
 UP BND       m1612     1
 UP BND       m1613     1
 UP BND       m1614     1
 UP BND       m1615     1
 UP BND       m1616     1
 UP BND       m1617     1
 UP BND       m1618     1
 UP BND       m1619     1
 UP BND       m1620     1
 UP BND       m1621     1
 UP BND       m1622     1
 UP BND       m1623     1
 UP BND       m1624     1
 UP BND       m1625     1
 UP BND       m1626     1
 UP BND       m1627     1
 UP BND       m1628     1
 UP BND       m1629     1
 UP BND       m1630     1
 UP BND       m1631     1
 UP BND       m1632     1
 UP BND       m1633     1
 UP BND       m1634     1
 UP BND       m1635     1
 UP BND       m1636     1
 UP BND       m1637     1
 UP BND       m1638     1
 UP BND       m1639     1
 UP BND       m1640     1
 UP BND       m1641     1
 UP BND       m1642     1
 UP BND       m1643     1
 UP BND       m1644     1
 UP BND       m1645     1
 UP BND       m1646     1
 UP BND       m1647     1
 UP BND       m1648     1
 UP BND       m1649     1
 UP BND       m1650     1
 UP BND       m1651     1
 UP BND       m1652     1
 UP BND       m1653     1
 UP BND       m1654     1
 UP BND       m1655     1
 UP BND       m1656     1
 UP BND       m1657     1
 UP BND       m1658     1
 UP BND       m1659     1
 UP BND       m1660     1
 UP BND       m1661     1
 UP BND       m1662     1
 UP BND       m1663     1
 UP BND       m1664     1
 UP BND       m1665     1
 UP BND       m1666     1
 UP BND       m1667     1
 UP BND       m1668     1
 UP BND       m1669     1
 UP BND       m1670     1
 UP BND       m1671     1
 UP BND       m1672     1
 UP BND       m1673     1
 UP BND       m1674     1
 UP BND       m1675     1
 UP BND       m1676     1
 UP BND       m1677     1
 UP BND       m1678     1
 UP BND       m1679     1
 UP BND       m1680     1
 UP BND       m1681     1
 UP BND       m1682     1
 UP BND       m1683     1
 UP BND       m1684     1
 UP BND       m1685     1
 UP BND       m1686     1
 UP BND       m1687     1
 UP BND       m1688     1
 UP BND       m1689     1
 UP BND       m1690     1
 UP BND       m1691     1
 UP BND       m1692     1
 UP BND       m1693     1
 UP BND       m1694     1
 UP BND       m1695     1
 UP BND       m1696     1
 UP BND       m1697     1
 UP BND       m1698     1
 UP BND       m1699     1
 UP BND       m1700     1
 UP BND       m1701     1
 UP BND       m1702     1
 UP BND       m1703     1
 UP BND       m1704     1
 UP BND       m1705     1
 UP BND       m1706     1
 UP BND       m1707     1
 UP BND       m1708     1
 UP BND       m1709     1
 UP BND       m1710     1
 UP BND       m1711     1
 UP BND       m1712     1
 UP BND       m1713     1
 UP BND       m1714     1
 UP BND       m1715     1
 UP BND       m1716     1
 UP BND       m1717     1
 UP BND       m1718     1
 UP BND       m1719     1
 UP BND       m1720     1
 UP BND       m1721     1
 UP BND       m1722     1
 UP BND       m1723     1
 UP BND       m1724     1
 UP BND       m1725     1
 UP BND       m1726     1
 UP BND       m1727     1
 UP BND       m1728     1
 UP BND       m1729     1
 UP BND       m1730     1
 UP BND       m1731     1
 UP BND       m1732     1
 UP BND       m1733     1
 UP BND       m1734     1
 UP BND       m1735     1
 UP BND       m1736     1
 UP BND       m1737     1
 UP BND       m1738     1
 UP BND       m1739     1
 UP BND       m1740     1
 UP BND       m1741     1
 UP BND       m1742     1
 UP BND       m1743     1
 UP BND       m1744     1
 UP BND       m1745     1
 UP BND       m1746     1
 UP BND       m1747     1
 UP BND       m1748     1
 UP BND       m1749     1
 UP BND       m1750     1
 UP BND       m1751     1
 UP BND       m1752     1
 UP BND       m1753     1
 UP BND       m1754     1
 UP BND       m1755     1
 UP BND       m1756     1
 UP BND       m1757     1
 UP BND       m1758     1
 UP BND       m1759     1
 UP BND       m1760     1
 UP BND       m1761     1
 UP BND       m1762     1
 UP BND       m1763     1
 UP BND       m1764     1
 UP BND       m1765     1
 UP BND       m1766     1
 UP BND       m1767     1
 UP BND       m1768     1
 UP BND       m1769     1
 UP BND       m1770     1
 UP BND       m1771     1
 UP BND       m1772     1
 UP BND       m1773     1
 UP BND       m1774     1
 UP BND       m1775     1
 UP BND       m1776     1
 UP BND       m1777     1
 UP BND       m1778     1
 UP BND       m1779     1
 UP BND       m1780     1
 UP BND       m1781     1
 UP BND       m1782     1
 UP BND       m1783     1
 UP BND       m1784     1
 UP BND       m1785     1
 UP BND       m1786     1
 UP BND       m1787     1
 UP BND       m1788     1
 UP BND       m1789     1
 UP BND       m1790     1
 UP BND       m1791     1
 UP BND       m1792     1
 UP BND       m1793     1
 UP BND       m1794     1
 UP BND       m1795     1
 UP BND       m1796     1
 UP BND       m1797     1
 UP BND       m1798     1
 UP BND       m1799     1
 UP BND       m1800     1
 UP BND       m1801     1
 UP BND       m1802     1
 UP BND       m1803     1
 UP BND       m1804     1
 UP BND       m1805     1
 UP BND       m1806     1
 UP BND       m1807     1
 UP BND       m1808     1
 UP BND       m1809     1
 UP BND       m1810     1
 UP BND       m1811     1
 UP BND       m1812     1
 UP BND       m1813     1
 UP BND       m1814     1
 UP BND       m1815     1
 UP BND       m1816     1
 UP BND       m1817     1
 UP BND       m1818     1
 UP BND       m1819     1
 UP BND       m1820     1
 UP BND       m1821     1
 UP BND       m1822     1
 UP BND       m1823     1
 UP BND       m1824     1
 UP BND       m1825     1
 UP BND       m1826     1
 UP BND       m1827     1
 UP BND       m1828     1
 UP BND       m1829     1
 UP BND       m1830     1
 UP BND       m1831     1
 UP BND       m1832     1
 UP BND       m1833     1
 UP BND       m1834     1
 UP BND       m1835     1
 UP BND       m1836     1
 UP BND       m1837     1
 UP BND       m1838     1
 UP BND       m1839     1
 UP BND       m1840     1
 UP BND       m1841     1
 UP BND       m1842     1
 UP BND       m1843     1
 UP BND       m1844     1
 UP BND       m1845     1
 UP BND       m1846     1
 UP BND       m1847     1
 UP BND       m1848     1
 UP BND       m1849     1
 UP BND       m1850     1
 UP BND       m1851     1
 UP BND       m1852     1
 UP BND       m1853     1
 UP BND       m1854     1
 UP BND       m1855     1
 UP BND       m1856     1
 UP BND       m1857     1
 UP BND       m1858     1
 UP BND       m1859     1
 UP BND       m1860     1
 UP BND       m1861     1
 UP BND       m1862     1
 UP BND       m1863     1
 UP BND       m1864     1
 UP BND       m1865     1
 UP BND       m1866     1
 UP BND       m1867     1
 UP BND       m1868     1
 UP BND       m1869     1
 UP BND       m1870     1
 UP BND       m1871     1
 UP BND       m1872     1
 UP BND       m1873     1
 UP BND       m1874     1
 UP BND       m1875     1
 UP BND       m1876     1
 UP BND       m1877     1
 UP BND       m1878     1
 UP BND       m1879     1
 UP BND       m1880     1
 UP BND       m1881     1
 UP BND       m1882     1
 UP BND       m1883     1
 UP BND       m1884     1
 UP BND       m1885     1
 UP BND       m1886     1
 UP BND       m1887     1
 UP BND       m1888     1
 UP BND       m1889     1
 UP BND       m1890     1
 UP BND       m1891     1
 UP BND       m1892     1
 UP BND       m1893     1
 UP BND       m1894     1
 UP BND       m1895     1
 UP BND       m1896     1
 UP BND       m1897     1
 UP BND       m1898     1
 UP BND       m1899     1
 UP BND       m1900     1
 UP BND       m1901     1
 UP BND       m1902     1
 UP BND       m1903     1
 UP BND       m1904     1
 UP BND       m1905     1
 UP BND       m1906     1
 UP BND       m1907     1
 UP BND       m1908     1
 UP BND       m1909     1
 UP BND       m1910     1
 UP BND       m1911     1
 UP BND       m1912     1
 UP BND       m1913     1
 UP BND       m1914     1
 UP BND       m1915     1
 UP BND       m1916     1
 UP BND       m1917     1
 UP BND       m1918     1
 UP BND       m1919     1
 UP BND       m1920     1
 UP BND       m1921     1
 UP BND       m1922     1
 UP BND       m1923     1
 UP BND       m1924     1
 UP BND       m1925     1
 UP BND       m1926     1
 UP BND       m1927     1
 UP BND       m1928     1
 UP BND       m1929     1
 UP BND       m1930     1
 UP BND       m1931     1
 UP BND       m1932     1
 UP BND       m1933     1
 UP BND       m1934     1
 UP BND       m1935     1
 UP BND       m1936     1
 UP BND       m1937     1
 UP BND       m1938     1
 UP BND       m1939     1
 UP BND       m1940     1
 UP BND       m1941     1
 UP BND       m1942     1
 UP BND       m1943     1
 UP BND       m1944     1
 UP BND       m1945     1
 UP BND       m1946     1
 UP BND       m1947     1
 UP BND       m1948     1
 UP BND       m1949     1
 UP BND       m1950     1
 UP BND       m1951     1
 UP BND       m1952     1
 UP BND       m1953     1
 UP BND       m1954     1
 UP BND       m1955     1
 UP BND       m1956     1
 UP BND       m1957     1
 UP BND       m1958     1
 UP BND       m1959     1
 UP BND       m1960     1
 UP BND       m1961     1
 UP BND       m1962     1
 UP BND       m1963     1
 UP BND       m1964     1
 UP BND       m1965     1
 UP BND       m1966     1
 UP BND       m1967     1
 UP BND       m1968     1
 UP BND       m1969     1
 UP BND       m1970     1
 UP BND       m1971     1
 UP BND       m1972     1
 UP BND       m1973     1
 UP BND       m1974     1
 UP BND       m1975     1
 UP BND       m1976     1
 UP BND       m1977     1
 UP BND       m1978     1
 UP BND       m1979     1
 UP BND       m1980     1
 UP BND       m1981     1
 UP BND       m1982     1
 UP BND       m1983     1
 UP BND       m1984     1
 UP BND       m1985     1
 UP BND       m1986     1
 UP BND       m1987     1
 UP BND       m1988     1
 UP BND       m1989     1
 UP BND       m1990     1
 UP BND       m1991     1
 UP BND       m1992     1
 UP BND       m1993     1
 UP BND       m1994     1
 UP BND       m1995     1
 UP BND       m1996     1
 UP BND       m1997     1
 UP BND       m1998     1
 UP BND       m1999     1
 UP BND       m2000     1
 UP BND       m2001     1
 UP BND       m2002     1
 UP BND       m2003     1
 UP BND       m2004     1
 UP BND       m2005     1
 UP BND       m2006     1
 UP BND       m2007     1
 UP BND       m2008     1
 UP BND       m2009     1
 UP BND       m2010     1
 UP BND       m2011     1
 UP BND       m2012     1
 UP BND       m2013     1
 UP BND       m2014     1
 UP BND       m2015     1
 UP BND       m2016     1
 UP BND       m2017     1
 UP BND       m2018     1
 UP BND       m2019     1
 UP BND       m2020     1
 UP BND       m2021     1
 UP BND       m2022     1
 UP BND       m2023     1
 UP BND       m2024     1
 UP BND       m2025     1
 UP BND       m2026     1
 UP BND       m2027     1
 UP BND       m2028     1
 UP BND       m2029     1
 UP BND       m2030     1
 UP BND       m2031     1
 UP BND       m2032     1
 UP BND       m2033     1
 UP BND       m2034     1
 UP BND       m2035     1
 UP BND       m2036     1
 UP BND       m2037     1
 UP BND       m2038     1
 UP BND       m2039     1
 UP BND       m2040     1
 UP BND       m2041     1
 UP BND       m2042     1
 UP BND       m2043     1
 UP BND       m2044     1
 UP BND       m2045     1
 UP BND       m2046     1
 UP BND       m2047     1
 UP BND       m2048     1
 UP BND       m2049     1
 UP BND       m2050     1
 UP BND       m2051     1
 UP BND       m2052     1
 UP BND       m2053     1
 UP BND       m2054     1
 UP BND       m2055     1
 UP BND       m2056     1
 UP BND       m2057     1
 UP BND       m2058     1
 UP BND       m2059     1
 UP BND       m2060     1
 UP BND       m2061     1
 UP BND       m2062     1
 UP BND       m2063     1
 UP BND       m2064     1
 UP BND       m2065     1
 UP BND       m2066     1
 UP BND       m2067     1
 UP BND       m2068     1
 UP BND       m2069     1
 UP BND       m2070     1
 UP BND       m2071     1
 UP BND       m2072     1
 UP BND       m2073     1
 UP BND       m2074     1
 UP BND       m2075     1
 UP BND       m2076     1
 UP BND       m2077     1
 UP BND       m2078     1
 UP BND       m2079     1
 UP BND       m2080     1
 UP BND       m2081     1
 UP BND       m2082     1
 UP BND       m2083     1
 UP BND       m2084     1
 UP BND       m2085     1
 UP BND       m2086     1
 UP BND       m2087     1
 UP BND       m2088     1
 UP BND       m2089     1
 UP BND       m2090     1
 UP BND       m2091     1
 UP BND       m2092     1
 UP BND       m2093     1
 UP BND       m2094     1
 UP BND       m2095     1
 UP BND       m2096     1
 UP BND       m2097     1
 UP BND       m2098     1
 UP BND       m2099     1
 UP BND       m2100     1
 UP BND       m2101     1
 UP BND       m2102     1
 UP BND       m2103     1
 UP BND       m2104     1
 UP BND       m2105     1
 UP BND       m2106     1
 UP BND       m2107     1
 UP BND       m2108     1
 UP BND       m2109     1
 UP BND       m2110     1
 UP BND       m2111     1
 UP BND       m2112     1
 UP BND       m2113     1
 UP BND       m2114     1
 UP BND       m2115     1
 UP BND       m2116     1
 UP BND       m2117     1
 UP BND       m2118     1
 UP BND       m2119     1
 UP BND       m2120     1
 UP BND       m2121     1
 UP BND       m2122     1
 UP BND       m2123     1
 UP BND       m2124     1
 UP BND       m2125     1
 UP BND       m2126     1
 UP BND       m2127     1
 UP BND       m2128     1
 UP BND       m2129     1
 UP BND       m2130     1
 UP BND       m2131     1
 UP BND       m2132     1
 UP BND       m2133     1
 UP BND       m2134     1
 UP BND       m2135     1
 UP BND       m2136     1
 UP BND       m2137     1
 UP BND       m2138     1
 UP BND       m2139     1
 UP BND       m2140     1
 UP BND       m2141     1
 UP BND       m2142     1
 UP BND       m2143     1
 UP BND       m2144     1
 UP BND       m2145     1
 UP BND       m2146     1
 UP BND       m2147     1
 UP BND       m2148     1
 UP BND       m2149     1
 UP BND       m2150     1
 UP BND       m2151     1
 UP BND       m2152     1
 UP BND       m2153     1
 UP BND       m2154     1
 UP BND       m2155     1
 UP BND       m2156     1
 UP BND       m2157     1
 UP BND       m2158     1
 UP BND       m2159     1
 UP BND       m2160     1
 UP BND       m2161     1
 UP BND       m2162     1
 UP BND       m2163     1
 UP BND       m2164     1
 UP BND       m2165     1
 UP BND       m2166     1
 UP BND       m2167     1
 UP BND       m2168     1
 UP BND       m2169     1
 UP BND       m2170     1
 UP BND       m2171     1
 UP BND       m2172     1
 UP BND       m2173     1
 UP BND       m2174     1
 UP BND       m2175     1
 UP BND       m2176     1
 UP BND       m2177     1
 UP BND       m2178     1
 UP BND       m2179     1
 UP BND       m2180     1
 UP BND       m2181     1
 UP BND       m2182     1
 UP BND       m2183     1
 UP BND       m2184     1
 UP BND       m2185     1
 UP BND       m2186     1
 UP BND       m2187     1
 UP BND       m2188     1
 UP BND       m2189     1
 UP BND       m2190     1
 UP BND       m2191     1
 UP BND       m2192     1
 UP BND       m2193     1
 UP BND       m2194     1
 UP BND       m2195     1
 UP BND       m2196     1
 UP BND       m2197     1
 UP BND       m2198     1
 UP BND       m2199     1
 UP BND       m2200     1
 UP BND       m2201     1
 UP BND       m2202     1
 UP BND       m2203     1
 UP BND       m2204     1
 UP BND       m2205     1
 UP BND       m2206     1
 UP BND       m2207     1
 UP BND       m2208     1
 UP BND       m2209     1
 UP BND       m2210     1
 UP BND       m2211     1
 UP BND       m2212     1
 UP BND       m2213     1
 UP BND       m2214     1
 UP BND       m2215     1
 UP BND       m2216     1
 UP BND       m2217     1
 UP BND       m2218     1
 UP BND       m2219     1
 UP BND       m2220     1
 UP BND       m2221     1
 UP BND       m2222     1
 UP BND       m2223     1
 UP BND       m2224     1
 UP BND       m2225     1
 UP BND       m2226     1
 UP BND       m2227     1
 UP BND       m2228     1
 UP BND       m2229     1
 UP BND       m2230     1
 UP BND       m2231     1
 UP BND       m2232     1
 UP BND       m2233     1
 UP BND       m2234     1
 UP BND       m2235     1
 UP BND       m2236     1
 UP BND       m2237     1
 UP BND       m2238     1
 UP BND       m2239     1
 UP BND       m2240     1
 UP BND       m2241     1
 UP BND       m2242     1
 UP BND       m2243     1
 UP BND       m2244     1
 UP BND       m2245     1
 UP BND       m2246     1
 UP BND       m2247     1
 UP BND       m2248     1
 UP BND       m2249     1
 UP BND       m2250     1
 UP BND       m2251     1
 UP BND       m2252     1
 UP BND       m2253     1
 UP BND       m2254     1
 UP BND       m2255     1
 UP BND       m2256     1
 UP BND       m2257     1
 UP BND       m2258     1
 UP BND       m2259     1
 UP BND       m2260     1
 UP BND       m2261     1
 UP BND       m2262     1
 UP BND       m2263     1
 UP BND       m2264     1
 UP BND       m2265     1
 UP BND       m2266     1
 UP BND       m2267     1
 UP BND       m2268     1
 UP BND       m2269     1
 UP BND       m2270     1
 UP BND       m2271     1
 UP BND       m2272     1
 UP BND       m2273     1
 UP BND       m2274     1
 UP BND       m2275     1
 UP BND       m2276     1
 UP BND       m2277     1
 UP BND       m2278     1
 UP BND       m2279     1
 UP BND       m2280     1
 UP BND       m2281     1
 UP BND       m2282     1
 UP BND       m2283     1
 UP BND       m2284     1
 UP BND       m2285     1
 UP BND       m2286     1
 UP BND       m2287     1
 UP BND       m2288     1
 UP BND       m2289     1
 UP BND       m2290     1
 UP BND       m2291     1
 UP BND       m2292     1
 UP BND       m2293     1
 UP BND       m2294     1
 UP BND       m2295     1
 UP BND       m2296     1
 UP BND       m2297     1
 UP BND       m2298     1
 UP BND       m2299     1
 UP BND       m2300     1
 UP BND       m2301     1
 UP BND       m2302     1
 UP BND       m2303     1
 UP BND       m2304     1
 UP BND       m2305     1
 UP BND       m2306     1
 UP BND       m2307     1
 UP BND       m2308     1
 UP BND       m2309     1
 UP BND       m2310     1
 UP BND       m2311     1
 UP BND       m2312     1
 UP BND       m2313     1
 UP BND       m2314     1
 UP BND       m2315     1
 UP BND       m2316     1
 UP BND       m2317     1
 UP BND       m2318     1
 UP BND       m2319     1
 UP BND       m2320     1
 UP BND       m2321     1
 UP BND       m2322     1
 UP BND       m2323     1
 UP BND       m2324     1
 UP BND       m2325     1
 UP BND       m2326     1
 UP BND       m2327     1
 UP BND       m2328     1
 UP BND       m2329     1
 UP BND       m2330     1
 UP BND       m2331     1
 UP BND       m2332     1
 UP BND       m2333     1
 UP BND       m2334     1
 UP BND       m2335     1
 UP BND       m2336     1
 UP BND       m2337     1
 UP BND       m2338     1
 UP BND       m2339     1
 UP BND       m2340     1
 UP BND       m2341     1
 UP BND       m2342     1
 UP BND       m2343     1
 UP BND       m2344     1
 UP BND       m2345     1
 UP BND       m2346     1
 UP BND       m2347     1
 UP BND       m2348     1
 UP BND       m2349     1
 UP BND       m2350     1
 UP BND       m2351     1
 UP BND       m2352     1
 UP BND       m2353     1
 UP BND       m2354     1
 UP BND       m2355     1
 UP BND       m2356     1
 UP BND       m2357     1
 UP BND       m2358     1
 UP BND       m2359     1
 UP BND       m2360     1
 UP BND       m2361     1
 UP BND       m2362     1
 UP BND       m2363     1
 UP BND       m2364     1
 UP BND       m2365     1
 UP BND       m2366     1
 UP BND       m2367     1
 UP BND       m2368     1
 UP BND       m2369     1
 UP BND       m2370     1
 UP BND       m2371     1
 UP BND       m2372     1
 UP BND       m2373     1
 UP BND       m2374     1
 UP BND       m2375     1
 UP BND       m2376     1
 UP BND       m2377     1
 UP BND       m2378     1
 UP BND       m2379     1
 UP BND       m2380     1
 UP BND       m2381     1
 UP BND       m2382     1
 UP BND       m2383     1
 UP BND       m2384     1
 UP BND       m2385     1
 UP BND       m2386     1
 UP BND       m2387     1
 UP BND       m2388     1
 UP BND       m2389     1
 UP BND       m2390     1
 UP BND       m2391     1
 UP BND       m2392     1
 UP BND       m2393     1
 UP BND       m2394     1
 UP BND       m2395     1
 UP BND       m2396     1
 UP BND       m2397     1
 UP BND       m2398     1
 UP BND       m2399     1
 UP BND       m2400     1
 UP BND       m2401     1
 UP BND       m2402     1
 UP BND       m2403     1
 UP BND       m2404     1
 UP BND       m2405     1
 UP BND       m2406     1
 UP BND       m2407     1
 UP BND       m2408     1
 UP BND       m2409     1
 UP BND       m2410     1
 UP BND       m2411     1
 UP BND       m2412     1
 UP BND       m2413     1
 UP BND       m2414     1
 UP BND       m2415     1
 UP BND       m2416     1
 UP BND       m2417     1
 UP BND       m2418     1
 UP BND       m2419     1
 UP BND       m2420     1
 UP BND       m2421     1
 UP BND       m2422     1
 UP BND       m2423     1
 UP BND       m2424     1
 UP BND       m2425     1
 UP BND       m2426     1
 UP BND       m2427     1
 UP BND       m2428     1
 UP BND       m2429     1
 UP BND       m2430     1
 UP BND       m2431     1
 UP BND       m2432     1
 UP BND       m2433     1
 UP BND       m2434     1
 UP BND       m2435     1
 UP BND       m2436     1
 UP BND       m2437     1
 UP BND       m2438     1
 UP BND       m2439     1
 UP BND       m2440     1
 UP BND       m2441     1
 UP BND       m2442     1
 UP BND       m2443     1
 UP BND       m2444     1
 UP BND       m2445     1
 UP BND       m2446     1
 UP BND       m2447     1
 UP BND       m2448     1
 UP BND       m2449     1
 UP BND       m2450     1
 UP BND       m2451     1
 UP BND       m2452     1
 UP BND       m2453     1
 UP BND       m2454     1
 UP BND       m2455     1
 UP BND       m2456     1
 UP BND       m2457     1
 UP BND       m2458     1
 UP BND       m2459     1
 UP BND       m2460     1
 UP BND       m2461     1
 UP BND       m2462     1
 UP BND       m2463     1
 UP BND       m2464     1
 UP BND       m2465     1
 UP BND       m2466     1
 UP BND       m2467     1
 UP BND       m2468     1
 UP BND       m2469     1
 UP BND       m2470     1
 UP BND       m2471     1
 UP BND       m2472     1
 UP BND       m2473     1
 UP BND       m2474     1
 UP BND       m2475     1
 UP BND       m2476     1
 UP BND       m2477     1
 UP BND       m2478     1
 UP BND       m2479     1
 UP BND       m2480     1
 UP BND       m2481     1
 UP BND       m2482     1
 UP BND       m2483     1
 UP BND       m2484     1
 UP BND       m2485     1
 UP BND       m2486     1
 UP BND       m2487     1
 UP BND       m2488     1
 UP BND       m2489     1
 UP BND       m2490     1
 UP BND       m2491     1
 UP BND       m2492     1
 UP BND       m2493     1
 UP BND       m2494     1
 UP BND       m2495     1
 UP BND       m2496     1
 UP BND       m2497     1
 UP BND       m2498     1
 UP BND       m2499     1
 UP BND       m2500     1
 UP BND       m2501     1
 UP BND       m2502     1
 UP BND       m2503     1
 UP BND       m2504     1
 UP BND       m2505     1
 UP BND       m2506     1
 UP BND       m2507     1
 UP BND       m2508     1
 UP BND       m2509     1
 UP BND       m2510     1
 UP BND       m2511     1
 UP BND       m2512     1
 UP BND       m2513     1
 UP BND       m2514     1
 UP BND       m2515     1
 UP BND       m2516     1
 UP BND       m2517     1
 UP BND       m2518     1
 UP BND       m2519     1
 UP BND       m2520     1
 UP BND       m2521     1
 UP BND       m2522     1
 UP BND       m2523     1
 UP BND       m2524     1
 UP BND       m2525     1
 UP BND       m2526     1
 UP BND       m2527     1
 UP BND       m2528     1
 UP BND       m2529     1
 UP BND       m2530     1
 UP BND       m2531     1
 UP BND       m2532     1
 UP BND       m2533     1
 UP BND       m2534     1
 UP BND       m2535     1
 UP BND       m2536     1
 UP BND       m2537     1
 UP BND       m2538     1
 UP BND       m2539     1
 UP BND       m2540     1
 UP BND       m2541     1
 UP BND       m2542     1
 UP BND       m2543     1
 UP BND       m2544     1
 UP BND       m2545     1
 UP BND       m2546     1
 UP BND       m2547     1
 UP BND       m2548     1
 UP BND       m2549     1
 UP BND       m2550     1
 UP BND       m2551     1
 UP BND       m2552     1
 UP BND       m2553     1
 UP BND       m2554     1
 UP BND       m2555     1
 UP BND       m2556     1
 UP BND       m2557     1
 UP BND       m2558     1
 UP BND       m2559     1
 UP BND       m2560     1
 UP BND       m2561     1
 UP BND       m2562     1
 UP BND       m2563     1
 UP BND       m2564     1
 UP BND       m2565     1
 UP BND       m2566     1
 UP BND       m2567     1
 UP BND       m2568     1
 UP BND       m2569     1
 UP BND       m2570     1
 UP BND       m2571     1
 UP BND       m2572     1
 UP BND       m2573     1
 UP BND       m2574     1
 UP BND       m2575     1
 UP BND       m2576     1
 UP BND       m2577     1
 UP BND       m2578     1
 UP BND       m2579     1
 UP BND       m2580     1
 UP BND       m2581     1
 UP BND       m2582     1
 UP BND       m2583     1
 UP BND       m2584     1
 UP BND       m2585     1
 UP BND       m2586     1
 UP BND       m2587     1
 UP BND       m2588     1
 UP BND       m2589     1
 UP BND       m2590     1
 UP BND       m2591     1
 UP BND       m2592     1
 UP BND       m2593     1
 UP BND       m2594     1
 UP BND       m2595     1
 UP BND       m2596     1
 UP BND       m2597     1
 UP BND       m2598     1
 UP BND       m2599     1
 UP BND       m2600     1
 UP BND       m2601     1
 UP BND       m2602     1
 UP BND       m2603     1
 UP BND       m2604     1
 UP BND       m2605     1
 UP BND       m2606     1
 UP BND       m2607     1
 UP BND       m2608     1
 UP BND       m2609     1
 UP BND       m2610     1
 UP BND       m2611     1
 UP BND       m2612     1
 UP BND       m2613     1
 UP BND       m2614     1
 UP BND       m2615     1
 UP BND       m2616     1
 UP BND       m2617     1
 UP BND       m2618     1
 UP BND       m2619     1
 UP BND       m2620     1
 UP BND       m2621     1
 UP BND       m2622     1
 UP BND       m2623     1
 UP BND       m2624     1
 UP BND       m2625     1
 UP BND       m2626     1
 UP BND       m2627     1
 UP BND       m2628     1
 UP BND       m2629     1
 UP BND       m2630     1
 UP BND       m2631     1
 UP BND       m2632     1
 UP BND       m2633     1
 UP BND       m2634     1
 UP BND       m2635     1
 UP BND       m2636     1
 UP BND       m2637     1
 UP BND       m2638     1
 UP BND       m2639     1
 UP BND       m2640     1
 UP BND       m2641     1
 UP BND       m2642     1
 UP BND       m2643     1
 UP BND       m2644     1
 UP BND       m2645     1
 UP BND       m2646     1
 UP BND       m2647     1
 UP BND       m2648     1
 UP BND       m2649     1
 UP BND       m2650     1
 UP BND       m2651     1
 UP BND       m2652     1
 UP BND       m2653     1
 UP BND       m2654     1
 UP BND       m2655     1
 UP BND       m2656     1
 UP BND       m2657     1
 UP BND       m2658     1
 UP BND       m2659     1
 UP BND       m2660     1
 UP BND       m2661     1
 UP BND       m2662     1
 UP BND       m2663     1
 UP BND       m2664     1
 UP BND       m2665     1
 UP BND       m2666     1
 UP BND       m2667     1
 UP BND       m2668     1
 UP BND       m2669     1
 UP BND       m2670     1
 UP BND       m2671     1
 UP BND       m2672     1
 UP BND       m2673     1
 UP BND       m2674     1
 UP BND       m2675     1
 UP BND       m2676     1
 UP BND       m2677     1
 UP BND       m2678     1
 UP BND       m2679     1
 UP BND       m2680     1
 UP BND       m2681     1
 UP BND       m2682     1
 UP BND       m2683     1
 UP BND       m2684     1
 UP BND       m2685     1
 UP BND       m2686     1
 UP BND       m2687     1
 UP BND       m2688     1
 UP BND       m2689     1
 UP BND       m2690     1
 UP BND       m2691     1
 UP BND       m2692     1
 UP BND       m2693     1
 UP BND       m2694     1
 UP BND       m2695     1
 UP BND       m2696     1
 UP BND       m2697     1
 UP BND       m2698     1
 UP BND       m2699     1
 UP BND       m2700     1
 UP BND       m2701     1
 UP BND       m2702     1
 UP BND       m2703     1
 UP BND       m2704     1
 UP BND       m2705     1
 UP BND       m2706     1
 UP BND       m2707     1
 UP BND       m2708     1
 UP BND       m2709     1
 UP BND       m2710     1
 UP BND       m2711     1
 UP BND       m2712     1
 UP BND       m2713     1
 UP BND       m2714     1
 UP BND       m2715     1
 UP BND       m2716     1
 UP BND       m2717     1
 UP BND       m2718     1
 UP BND       m2719     1
 UP BND       m2720     1
 UP BND       m2721     1
 UP BND       m2722     1
 UP BND       m2723     1
 UP BND       m2724     1
 UP BND       m2725     1
 UP BND       m2726     1
 UP BND       m2727     1
 UP BND       m2728     1
 UP BND       m2729     1
 UP BND       m2730     1
 UP BND       m2731     1
 UP BND       m2732     1
 UP BND       m2733     1
 UP BND       m2734     1
 UP BND       m2735     1
 UP BND       m2736     1
 UP BND       m2737     1
 UP BND       m2738     1
 UP BND       m2739     1
 UP BND       m2740     1
 UP BND       m2741     1
 UP BND       m2742     1
 UP BND       m2743     1
 UP BND       m2744     1
 UP BND       m2745     1
 UP BND       m2746     1
 UP BND       m2747     1
 UP BND       m2748     1
 UP BND       m2749     1
 UP BND       m2750     1
 UP BND       m2751     1
 UP BND       m2752     1
 UP BND       m2753     1
 UP BND       m2754     1
 UP BND       m2755     1
 UP BND       m2756     1
 UP BND       m2757     1
 UP BND       m2758     1
 UP BND       m2759     1
 UP BND       m2760     1
 UP BND       m2761     1
 UP BND       m2762     1
 UP BND       m2763     1
 UP BND       m2764     1
 UP BND       m2765     1
 UP BND       m2766     1
 UP BND       m2767     1
 UP BND       m2768     1
 UP BND       m2769     1
 UP BND       m2770     1
 UP BND       m2771     1
 UP BND       m2772     1
 UP BND       m2773     1
 UP BND       m2774     1
 UP BND       m2775     1
 UP BND       m2776     1
 UP BND       m2777     1
 UP BND       m2778     1
 UP BND       m2779     1
 UP BND       m2780     1
 UP BND       m2781     1
 UP BND       m2782     1
 UP BND       m2783     1
 UP BND       m2784     1
 UP BND       m2785     1
 UP BND       m2786     1
 UP BND       m2787     1
 UP BND       m2788     1
 UP BND       m2789     1
 UP BND       m2790     1
 UP BND       m2791     1
 UP BND       m2792     1
 UP BND       m2793     1
 UP BND       m2794     1
 UP BND       m2795     1
 UP BND       m2796     1
 UP BND       m2797     1
 UP BND       m2798     1
 UP BND       m2799     1
 UP BND       m2800     1
 UP BND       m2801     1
 UP BND       m2802     1
 UP BND       m2803     1
 UP BND       m2804     1
 UP BND       m2805     1
 UP BND       m2806     1
 UP BND       m2807     1
 UP BND       m2808     1
 UP BND       m2809     1
 UP BND       m2810     1
 UP BND       m2811     1
 UP BND       m2812     1
 UP BND       m2813     1
 UP BND       m2814     1
 UP BND       m2815     1
 UP BND       m2816     1
 UP BND       m2817     1
 UP BND       m2818     1
 UP BND       m2819     1
 UP BND       m2820     1
 UP BND       m2821     1
 UP BND       m2822     1
 UP BND       m2823     1
 UP BND       m2824     1
 UP BND       m2825     1
 UP BND       m2826     1
 UP BND       m2827     1
 UP BND       m2828     1
 UP BND       m2829     1
 UP BND       m2830     1
 UP BND       m2831     1
 UP BND       m2832     1
 UP BND       m2833     1
 UP BND       m2834     1
 UP BND       m2835     1
 UP BND       m2836     1
 UP BND       m2837     1
 UP BND       m2838     1
 UP BND       m2839     1
 UP BND       m2840     1
 UP BND       m2841     1
 UP BND       m2842     1
 UP BND       m2843     1
 UP BND       m2844     1
 UP BND       m2845     1
 UP BND       m2846     1
 UP BND       m2847     1
 UP BND       m2848     1
 UP BND       m2849     1
 UP BND       m2850     1
 UP BND       m2851     1
 UP BND       m2852     1
 UP BND       m2853     1
 UP BND       m2854     1
 UP BND       m2855     1
 UP BND       m2856     1
 UP BND       m2857     1
 UP BND       m2858     1
 UP BND       m2859     1
 UP BND       m2860     1
 UP BND       m2861     1
 UP BND       m2862     1
 UP BND       m2863     1
 UP BND       m2864     1
 UP BND       m2865     1
 UP BND       m2866     1
 UP BND       m2867     1
 UP BND       m2868     1
 UP BND       m2869     1
 UP BND       m2870     1
 UP BND       m2871     1
 UP BND       m2872     1
 UP BND       m2873     1
 UP BND       m2874     1
 UP BND       m2875     1
 UP BND       m2876     1
 UP BND       m2877     1
 UP BND       m2878     1
 UP BND       m2879     1
 UP BND       m2880     1
 UP BND       m2881     1
 UP BND       m2882     1
 UP BND       m2883     1
 UP BND       m2884     1
 UP BND       m2885     1
 UP BND       m2886     1
 UP BND       m2887     1
 UP BND       m2888     1
 UP BND       m2889     1
 UP BND       m2890     1
 UP BND       m2891     1
 UP BND       m2892     1
 UP BND       m2893     1
 UP BND       m2894     1
 UP BND       m2895     1
 UP BND       m2896     1
 UP BND       m2897     1
 UP BND       m2898     1
 UP BND       m2899     1
 UP BND       m2900     1
 UP BND       m2901     1
 UP BND       m2902     1
 UP BND       m2903     1
 UP BND       m2904     1
 UP BND       m2905     1
 UP BND       m2906     1
 UP BND       m2907     1
 UP BND       m2908     1
 UP BND       m2909     1
 UP BND       m2910     1
 UP BND       m2911     1
 UP BND       m2912     1
 UP BND       m2913     1
 UP BND       m2914     1
 UP BND       m2915     1
 UP BND       m2916     1
 UP BND       m2917     1
 UP BND       m2918     1
 UP BND       m2919     1
 UP BND       m2920     1
 UP BND       m2921     1
 UP BND       m2922     1
 UP BND       m2923     1
 UP BND       m2924     1
 UP BND       m2925     1
 UP BND       m2926     1
 UP BND       m2927     1
 UP BND       m2928     1
 UP BND       m2929     1
 UP BND       m2930     1
 UP BND       m2931     1
 UP BND       m2932     1
 UP BND       m2933     1
 UP BND       m2934     1
 UP BND       m2935     1
 UP BND       m2936     1
 UP BND       m2937     1
 UP BND       m2938     1
 UP BND       m2939     1
 UP BND       m2940     1
 UP BND       m2941     1
 UP BND       m2942     1
 UP BND       m2943     1
 UP BND       m2944     1
 UP BND       m2945     1
 UP BND       m2946     1
 UP BND       m2947     1
 UP BND       m2948     1
 UP BND       m2949     1
 UP BND       m2950     1
 UP BND       m2951     1
 UP BND       m2952     1
 UP BND       m2953     1
 UP BND       m2954     1
 UP BND       m2955     1
 UP BND       m2956     1
 UP BND       m2957     1
 UP BND       m2958     1
 UP BND       m2959     1
 UP BND       m2960     1
 UP BND       m2961     1
 UP BND       m2962     1
 UP BND       m2963     1
 UP BND       m2964     1
 UP BND       m2965     1
 UP BND       m2966     1
 UP BND       m2967     1
 UP BND       m2968     1
 UP BND       m2969     1
 UP BND       m2970     1
 UP BND       m2971     1
 UP BND       m2972     1
 UP BND       m2973     1
 UP BND       m2974     1
 UP BND       m2975     1
 UP BND       m2976     1
 UP BND       m2977     1
 UP BND       m2978     1
 UP BND       m2979     1
 UP BND       m2980     1
 UP BND       m2981     1
 UP BND       m2982     1
 UP BND       m2983     1
 UP BND       m2984     1
 UP BND       m2985     1
 UP BND       m2986     1
 UP BND       m2987     1
 UP BND       m2988     1
 UP BND       m2989     1
 UP BND       m2990     1
 UP BND       m2991     1
 UP BND       m2992     1
 UP BND       m2993     1
 UP BND       m2994     1
 UP BND       m2995     1
 UP BND       m2996     1
 UP BND       m2997     1
 UP BND       m2998     1
 UP BND       m2999     1
 UP BND       m3000     1
 UP BND       m3001     1
 UP BND       m3002     1
 UP BND       m3003     1
 UP BND       m3004     1
 UP BND       m3005     1
 UP BND       m3006     1
 UP BND       m3007     1
 UP BND       m3008     1
 UP BND       m3009     1
 UP BND       m3010     1
 UP BND       m3011     1
 UP BND       m3012     1
 UP BND       m3013     1
 UP BND       m3014     1
 UP BND       m3015     1
 UP BND       m3016     1
 UP BND       m3017     1
 UP BND       m3018     1
 UP BND       m3019     1
 UP BND       m3020     1
 UP BND       m3021     1
 UP BND       m3022     1
 UP BND       m3023     1
 UP BND       m3024     1
 UP BND       m3025     1
 UP BND       m3026     1
 UP BND       m3027     1
 UP BND       m3028     1
 UP BND       m3029     1
 UP BND       m3030     1
 UP BND       m3031     1
 UP BND       m3032     1
 UP BND       m3033     1
 UP BND       m3034     1
 UP BND       m3035     1
 UP BND       m3036     1
 UP BND       m3037     1
 UP BND       m3038     1
 UP BND       m3039     1
 UP BND       m3040     1
 UP BND       m3041     1
 UP BND       m3042     1
 UP BND       m3043     1
 UP BND       m3044     1
 UP BND       m3045     1
 UP BND       m3046     1
 UP BND       m3047     1
 UP BND       m3048     1
 UP BND       m3049     1
 UP BND       m3050     1
 UP BND       m3051     1
 UP BND       m3052     1
 UP BND       m3053     1
 UP BND       m3054     1
 UP BND       m3055     1
 UP BND       m3056     1
 UP BND       m3057     1
 UP BND       m3058     1
 UP BND       m3059     1
 UP BND       m3060     1
 UP BND       m3061     1
 UP BND       m3062     1
 UP BND       m3063     1
 UP BND       m3064     1
 UP BND       m3065     1
 UP BND       m3066     1
 UP BND       m3067     1
 UP BND       m3068     1
 UP BND       m3069     1
 UP BND       m3070     1
 UP BND       m3071     1
 UP BND       m3072     1
 UP BND       m3073     1
 UP BND       m3074     1
 UP BND       m3075     1
 UP BND       m3076     1
 UP BND       m3077     1
 UP BND       m3078     1
 UP BND       m3079     1
 UP BND       m3080     1
 UP BND       m3081     1
 UP BND       m3082     1
 UP BND       m3083     1
 UP BND       m3084     1
 UP BND       m3085     1
 UP BND       m3086     1
 UP BND       m3087     1
 UP BND       m3088     1
 UP BND       m3089     1
 UP BND       m3090     1
 UP BND       m3091     1
 UP BND       m3092     1
 UP BND       m3093     1
 UP BND       m3094     1
 UP BND       m3095     1
 UP BND       m3096     1
 UP BND       m3097     1
 UP BND       m3098     1
 UP BND       m3099     1
 UP BND       m3100     1
 UP BND       m3101     1
 UP BND       m3102     1
 UP BND       m3103     1
 UP BND       m3104     1
 UP BND       m3105     1
 UP BND       m3106     1
 UP BND       m3107     1
 UP BND       m3108     1
 UP BND       m3109     1
 UP BND       m3110     1
 UP BND       m3111     1
 UP BND       m3112     1
 UP BND       m3113     1
 UP BND       m3114     1
 UP BND       m3115     1
 UP BND       m3116     1
 UP BND       m3117     1
 UP BND       m3118     1
 UP BND       m3119     1
 UP BND       m3120     1
 UP BND       m3121     1
 UP BND       m3122     1
 UP BND       m3123     1
 UP BND       m3124     1
 UP BND       m3125     1
 UP BND       m3126     1
 UP BND       m3127     1
 UP BND       m3128     1
 UP BND       m3129     1
 UP BND       m3130     1
 UP BND       m3131     1
 UP BND       m3132     1
 UP BND       m3133     1
 UP BND       m3134     1
 UP BND       m3135     1
ENDATA
