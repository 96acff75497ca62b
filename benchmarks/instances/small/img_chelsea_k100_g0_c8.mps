* smug MaskProblem 'img_chelsea_k100_g0_c8': 784 variables, 100 rows, 211 non-zeros
* RESTRICTED rows (as smug's MILP backends at tightening level 3):
* a mask meeting them within a 1e-6 tolerance satisfies the exact rows;
* strict '>' rows and real-valued rows carry a margin of ~1e-4 (scaled),
* rows on a coarse binary grid are exact. The optimum is an upper bound.
* row i is the MaskProblem's row i times a power of two (exact);
* 17 significant digits (exact float64); verify masks with smug.verify
NAME img_chelsea_k100_g0_c8
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
 m3 r32 0.86733104850042197
 m4 obj 1
 m4 r32 0.50899492298090065
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
 m18 r23 0.68172092107780902
 m18 r38 0.52578128978456307
 m18 r42 0.53771005995390575
 m19 obj 1
 m19 r23 0.4207910590691023
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
 m29 r97 0.67542380231279653
 m30 obj 1
 m31 obj 1
 m31 r22 0.61723863474330531
 m31 r32 -0.072543612049758913
 m32 obj 1
 m32 r32 0.090716809993819619
 m33 obj 1
 m33 r58 0.86610970888695271
 m34 obj 1
 m35 obj 1
 m36 obj 1
 m37 obj 1
 m38 obj 1
 m39 obj 1
 m40 obj 1
 m40 r67 0.82817742873274369
 m41 obj 1
 m41 r67 0.68669044049039996
 m42 obj 1
 m43 obj 1
 m44 obj 1
 m45 obj 1
 m46 obj 1
 m46 r23 -0.05240523972191323
 m46 r38 0.0075578131052065622
 m47 obj 1
 m47 r23 0.065984256099538355
 m48 obj 1
 m49 obj 1
 m49 r9 0.8007186414512224
 m50 obj 1
 m51 obj 1
 m52 obj 1
 m53 obj 1
 m54 obj 1
 m55 obj 1
 m56 obj 1
 m57 obj 1
 m57 r97 0.0069710982741168492
 m58 obj 1
 m59 obj 1
 m59 r22 0.011561276096099846
 m59 r77 0.58162039941575283
 m60 obj 1
 m61 obj 1
 m62 obj 1
 m63 obj 1
 m64 obj 1
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
 m76 r1 0.94823320627807339
 m76 r20 0.77564974515959972
 m77 obj 1
 m77 r1 0.69372240426685738
 m77 r9 0.0093805062493968541
 m78 obj 1
 m78 r80 0.69201517886109665
 m79 obj 1
 m79 r80 0.44033752697015494
 m80 obj 1
 m81 obj 1
 m82 obj 1
 m83 obj 1
 m84 obj 1
 m85 obj 1
 m86 obj 1
 m87 obj 1
 m87 r77 0.0073679443751894155
 m88 obj 1
 m89 obj 1
 m90 obj 1
 m91 obj 1
 m92 obj 1
 m93 obj 1
 m94 obj 1
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
 m106 r80 -0.057089464684912841
 m107 obj 1
 m107 r80 0.082907661591246684
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
 m119 r63 0.5225260747416729
 m120 obj 1
 m121 obj 1
 m122 obj 1
 m123 obj 1
 m124 obj 1
 m125 obj 1
 m126 obj 1
 m127 obj 1
 m128 obj 1
 m129 obj 1
 m130 obj 1
 m131 obj 1
 m132 obj 1
 m132 r33 0.56730160975379063
 m133 obj 1
 m133 r33 0.33622622381399436
 m134 obj 1
 m135 obj 1
 m136 obj 1
 m137 obj 1
 m138 obj 1
 m139 obj 1
 m139 r82 0.52516732171073599
 m140 obj 1
 m141 obj 1
 m142 obj 1
 m143 obj 1
 m144 obj 1
 m145 obj 1
 m146 obj 1
 m147 obj 1
 m147 r63 0.0076920859640663315
 m148 obj 1
 m149 obj 1
 m150 obj 1
 m151 obj 1
 m152 obj 1
 m153 obj 1
 m154 obj 1
 m155 obj 1
 m156 obj 1
 m157 obj 1
 m158 obj 1
 m159 obj 1
 m159 r26 0.73602532677617738
 m160 obj 1
 m160 r33 -0.045414521727067746
 m161 obj 1
 m161 r33 0.056521865323240716
 m162 obj 1
 m162 r60 0.52526071565304344
 m163 obj 1
 m164 obj 1
 m165 obj 1
 m166 obj 1
 m167 obj 1
 m167 r82 0.0088739025679277633
 m168 obj 1
 m169 obj 1
 m170 obj 1
 m171 obj 1
 m172 obj 1
 m173 obj 1
 m174 obj 1
 m175 obj 1
 m176 obj 1
 m177 obj 1
 m178 obj 1
 m179 obj 1
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
 m190 r39 0.69569263934147385
 m190 r89 0.79453819847932805
 m190 r96 0.84276884490045889
 m191 obj 1
 m192 obj 1
 m193 obj 1
 m194 obj 1
 m195 obj 1
 m196 obj 1
 m197 obj 1
 m198 obj 1
 m199 obj 1
 m199 r19 0.65630206708950833
 m200 obj 1
 m200 r19 0.39184807118451193
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
 m212 obj 1
 m213 obj 1
 m214 obj 1
 m215 obj 1
 m216 obj 1
 m216 r45 0.53009257397278986
 m216 r49 0.81744585116190982
 m217 obj 1
 m217 r11 0.50457561019159503
 m217 r34 0.91181380395966671
 m217 r45 0.43975944973688236
 m218 obj 1
 m219 obj 1
 m220 obj 1
 m221 obj 1
 m222 obj 1
 m223 obj 1
 m224 obj 1
 m225 obj 1
 m226 obj 1
 m226 r12 0.61814593807749119
 m226 r54 0.53715143693220513
 m227 obj 1
 m227 r12 0.38580259811889012
 m227 r19 -0.048891084674021992
 m228 obj 1
 m228 r19 0.06091019452452736
 m229 obj 1
 m230 obj 1
 m231 obj 1
 m232 obj 1
 m232 r93 0.5835475914446181
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
 m242 r57 0.58768866353088201
 m243 obj 1
 m243 r57 0.36517696582291703
 m244 obj 1
 m245 obj 1
 m245 r11 0.0069944940897284612
 m245 r34 0.011397342265250354
 m246 obj 1
 m247 obj 1
 m248 obj 1
 m249 obj 1
 m250 obj 1
 m251 obj 1
 m252 obj 1
 m253 obj 1
 m254 obj 1
 m254 r6 0.50739495107464361
 m254 r12 -0.048997689350153639
 m255 obj 1
 m255 r12 0.05808313362788297
 m256 obj 1
 m257 obj 1
 m258 obj 1
 m259 obj 1
 m259 r4 0.71393582794535604
 m260 obj 1
 m260 r4 0.42924272009100317
 m261 obj 1
 m262 obj 1
 m263 obj 1
 m264 obj 1
 m265 obj 1
 m266 obj 1
 m267 obj 1
 m268 obj 1
 m269 obj 1
 m270 obj 1
 m270 r57 -0.047436163763125164
 m271 obj 1
 m271 r57 0.059413634947521214
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
 m282 r53 0.95809071744712937
 m283 obj 1
 m284 obj 1
 m285 obj 1
 m286 obj 1
 m287 obj 1
 m287 r4 -0.057412010692010913
 m288 obj 1
 m288 r4 0.070942083529860436
 m289 obj 1
 m290 obj 1
 m291 obj 1
 m292 obj 1
 m293 obj 1
 m294 obj 1
 m294 r18 0.52537745701772753
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
 m322 obj 1
 m323 obj 1
 m324 obj 1
 m325 obj 1
 m325 r56 0.57569055450978635
 m326 obj 1
 m327 obj 1
 m327 r31 0.80485446747854861
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
 m343 obj 1
 m344 obj 1
 m345 obj 1
 m346 obj 1
 m347 obj 1
 m347 r73 0.81932691740406605
 m348 obj 1
 m349 obj 1
 m350 obj 1
 m351 obj 1
 m352 obj 1
 m353 obj 1
 m354 obj 1
 m355 obj 1
 m355 r31 0.096682264106819071
 m356 obj 1
 m357 obj 1
 m357 r59 0.63232450068363855
 m357 r88 0.53331066708991115
 m358 obj 1
 m358 r59 0.45629670589722909
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
 m375 r73 0.0051338006777731787
 m376 obj 1
 m377 obj 1
 m378 obj 1
 m378 r90 0.55952382589021477
 m378 r95 0.67651854456049865
 m379 obj 1
 m379 r95 0.39886166610680041
 m380 obj 1
 m381 obj 1
 m382 obj 1
 m383 obj 1
 m384 obj 1
 m385 obj 1
 m385 r88 0.0048157713260293632
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
 m404 r52 0.7681999773078988
 m405 obj 1
 m406 obj 1
 m406 r90 0.0056312425091138707
 m406 r95 -0.057268900075043871
 m407 obj 1
 m407 r17 0.65707378963799368
 m407 r64 0.71367343273085737
 m407 r95 0.064829903300322955
 m408 obj 1
 m408 r64 0.45465440437540777
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
 m431 r16 0.79793780467240549
 m431 r61 0.64415935992471773
 m432 obj 1
 m432 r16 0.61806942588104552
 m432 r47 0.87470035122400402
 m432 r52 0.0088819466832830013
 m433 obj 1
 m433 r47 0.61461500159874838
 m434 obj 1
 m435 obj 1
 m435 r46 0.68969019110921082
 m435 r51 0.8792068212786921
 m435 r64 -0.06343970315495337
 m436 obj 1
 m436 r51 0.52682983288456886
 m436 r64 0.071725523985619835
 m437 obj 1
 m438 obj 1
 m439 obj 1
 m439 r72 0.62317269376360751
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
 m459 r61 0.0052410186045387872
 m460 obj 1
 m461 obj 1
 m461 r5 0.99902145963346856
 m462 obj 1
 m462 r5 0.59972433837153827
 m463 obj 1
 m463 r46 0.0048082754323739707
 m463 r51 -0.067481383450072194
 m464 obj 1
 m464 r27 0.80411129182098939
 m464 r51 0.082373935105966509
 m464 r66 0.81555380636452424
 m465 obj 1
 m466 obj 1
 m467 obj 1
 m467 r24 0.66562696556502998
 m468 obj 1
 m468 r24 0.48338014405912172
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
 m478 r29 0.56670244594080255
 m479 obj 1
 m479 r29 0.31597269326862859
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
 m489 r5 -0.075184469219980524
 m490 obj 1
 m490 r5 0.096037679653664748
 m490 r7 0.81790997282592781
 m491 obj 1
 m492 obj 1
 m492 r27 0.0080626087060310103
 m492 r66 0.0064544645609971169
 m493 obj 1
 m494 obj 1
 m495 obj 1
 m496 obj 1
 m497 obj 1
 m498 obj 1
 m498 r69 0.54550676870833992
 m498 r79 0.51030564719848703
 m499 obj 1
 m500 obj 1
 m501 obj 1
 m502 obj 1
 m503 obj 1
 m504 obj 1
 m505 obj 1
 m506 obj 1
 m506 r29 -0.044684194450318973
 m506 r78 0.5624375548480427
 m507 obj 1
 m507 r29 0.058510454957915368
 m507 r78 0.3395907065519907
 m508 obj 1
 m509 obj 1
 m510 obj 1
 m511 obj 1
 m512 obj 1
 m513 obj 1
 m514 obj 1
 m515 obj 1
 m516 obj 1
 m516 r86 0.60229412291649476
 m517 obj 1
 m517 r13 0.94029409525438656
 m518 obj 1
 m518 r7 0.019062537560362247
 m518 r13 0.73899985835412985
 m518 r76 0.52376342363151907
 m519 obj 1
 m519 r0 0.88544024429569212
 m519 r74 0.88921325151137942
 m519 r76 0.31559705718750786
 m520 obj 1
 m521 obj 1
 m522 obj 1
 m523 obj 1
 m524 obj 1
 m525 obj 1
 m526 obj 1
 m526 r69 0.006442564878698917
 m526 r79 0.0080447779568974601
 m527 obj 1
 m528 obj 1
 m529 obj 1
 m530 obj 1
 m531 obj 1
 m532 obj 1
 m533 obj 1
 m534 obj 1
 m534 r78 -0.044260491068679651
 m535 obj 1
 m535 r78 0.051687954394064109
 m535 r81 0.98988725990356574
 m536 obj 1
 m536 r81 0.78880233244077536
 m537 obj 1
 m538 obj 1
 m539 obj 1
 m540 obj 1
 m541 obj 1
 m542 obj 1
 m543 obj 1
 m544 obj 1
 m545 obj 1
 m545 r25 0.86434848988818258
 m546 obj 1
 m546 r76 -0.04400415491183985
 m547 obj 1
 m547 r0 0.0074516007982261406
 m547 r2 0.96848881101217821
 m547 r10 0.84917541842757849
 m547 r15 0.79276825024483988
 m547 r71 0.84745280197797423
 m547 r76 0.052507512326726298
 m548 obj 1
 m548 r2 0.72327311478312228
 m548 r21 0.80084929220502332
 m548 r44 0.81101926811738734
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
 m559 obj 1
 m560 obj 1
 m561 obj 1
 m562 obj 1
 m563 obj 1
 m564 obj 1
 m565 obj 1
 m566 obj 1
 m567 obj 1
 m568 obj 1
 m568 r48 0.58796375895009434
 m569 obj 1
 m569 r48 0.33187376773964206
 m570 obj 1
 m571 obj 1
 m572 obj 1
 m572 r87 0.99687769664333226
 m573 obj 1
 m573 r25 0.009023486373504877
 m573 r87 0.60307688906276835
 m574 obj 1
 m574 r68 0.73141572208645633
 m575 obj 1
 m575 r15 0.0065054438370803352
 m576 obj 1
 m577 obj 1
 m578 obj 1
 m579 obj 1
 m579 r75 0.58824103941143724
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
 m596 r48 -0.041800678124215777
 m597 obj 1
 m597 r48 0.060344041099861682
 m598 obj 1
 m599 obj 1
 m600 obj 1
 m600 r65 0.95143185366617411
 m600 r87 -0.072034292154768434
 m601 obj 1
 m601 r65 0.57714931366730648
 m601 r87 0.086579990872983723
 m602 obj 1
 m603 obj 1
 m604 obj 1
 m605 obj 1
 m606 obj 1
 m606 r35 0.61395393812619203
 m607 obj 1
 m607 r40 0.55061932977617045
 m607 r75 0.005141970898379214
 m608 obj 1
 m609 obj 1
 m610 obj 1
 m611 obj 1
 m612 obj 1
 m613 obj 1
 m614 obj 1
 m615 obj 1
 m616 obj 1
 m617 obj 1
 m618 obj 1
 m619 obj 1
 m620 obj 1
 m621 obj 1
 m622 obj 1
 m622 r91 0.53895109231716698
 m623 obj 1
 m624 obj 1
 m625 obj 1
 m626 obj 1
 m627 obj 1
 m628 obj 1
 m628 r65 -0.075323977967870812
 m629 obj 1
 m629 r3 0.65110777873923509
 m629 r65 0.095177807456919589
 m630 obj 1
 m631 obj 1
 m632 obj 1
 m633 obj 1
 m634 obj 1
 m634 r35 0.012874224152638315
 m635 obj 1
 m635 r40 0.0055467685828540676
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
 m650 r91 0.0057467355356080746
 m651 obj 1
 m652 obj 1
 m653 obj 1
 m654 obj 1
 m655 obj 1
 m656 obj 1
 m657 obj 1
 m657 r70 0.51830941473761183
 m658 obj 1
 m658 r70 0.38508252564597772
 m659 obj 1
 m660 obj 1
 m660 r36 0.93377546750044915
 m661 obj 1
 m661 r36 0.60541553916945956
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
 m677 r99 0.71310170372058623
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
 m688 r36 -0.078584166034833758
 m689 obj 1
 m689 r36 0.09375231492637176
 m690 obj 1
 m690 r28 0.69033533597794694
 m691 obj 1
 m691 r28 0.40095870031835368
 m692 obj 1
 m693 obj 1
 m693 r98 0.63099554576400796
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
 m706 r8 0.93743152824683118
 m706 r94 0.74072420482158874
 m707 obj 1
 m707 r8 0.55723960658419025
 m708 obj 1
 m708 r55 0.91946497183802145
 m709 obj 1
 m709 r55 0.74392572384094524
 m710 obj 1
 m711 obj 1
 m712 obj 1
 m713 obj 1
 m714 obj 1
 m715 obj 1
 m716 obj 1
 m716 r85 0.77434341414240671
 m717 obj 1
 m718 obj 1
 m718 r28 -0.060358049530189729
 m718 r83 0.53944139471237795
 m719 obj 1
 m719 r28 0.060757690849325433
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
 m734 r8 -0.078498019048748535
 m734 r94 0.0076598624399345366
 m735 obj 1
 m735 r8 0.091228347824677244
 m735 r37 0.69888293512176747
 m736 obj 1
 m736 r41 0.9542794994191105
 m737 obj 1
 m737 r41 0.58617441106932333
 m738 obj 1
 m739 obj 1
 m740 obj 1
 m741 obj 1
 m742 obj 1
 m742 r30 0.5670915832241249
 m743 obj 1
 m743 r30 0.33137156106590415
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
 m761 r43 0.67697747042759893
 m761 r50 0.68916079204801539
 m762 obj 1
 m763 obj 1
 m763 r37 0.012166073918760754
 m764 obj 1
 m764 r41 -0.084710132708507829
 m764 r62 0.72362580953089528
 m765 obj 1
 m765 r41 0.10284044757775561
 m766 obj 1
 m767 obj 1
 m768 obj 1
 m769 obj 1
 m769 r14 0.81129595645668218
 m769 r84 0.81094422390624221
 m769 r92 0.82010183720345931
 m770 obj 1
 m770 r30 -0.051775762803859975
 m771 obj 1
 m771 r30 0.057362884708334054
 m772 obj 1
 m773 obj 1
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
 MARKER 'MARKER' 'INTEND'
RHS
 RHS r0 0.0001008928920037034
 RHS r1 0.00010164195590221484
 RHS r2 0.0001016917622263126
 RHS r3 0.00010065110786548424
 RHS r4 0.00010127153298106258
 RHS r5 0.00010176996841849285
 RHS r6 0.00010050739501867324
 RHS r7 0.00010083697265906249
 RHS r8 0.00010166439794518904
 RHS r9 0.00010081009929160314
 RHS r10 0.00010084917553156049
 RHS r11 0.00010051157019515445
 RHS r12 0.00010111102965521213
 RHS r13 0.00010167929425191106
 RHS r14 0.00010081129606454303
 RHS r15 0.00010079927383606147
 RHS r16 0.00010141600748208688
 RHS r17 0.00010065707387717782
 RHS r18 0.00010052537752701207
 RHS r19 0.00010115795172601283
 RHS r20 0.00010077564984849691
 RHS r21 0.00010080084939889959
 RHS r22 0.00010062880002253672
 RHS r23 0.00010122090180128188
 RHS r24 0.00010114900731372881
 RHS r25 0.00010087337213140372
 RHS r26 0.00010073602542483446
 RHS r27 0.00010081217404479809
 RHS r28 0.00010121241009972669
 RHS r29 0.00010098587005130616
 RHS r30 0.00010100760206028129
 RHS r31 0.00010090153689173047
 RHS r32 0.00010153958680375312
 RHS r33 0.00010100546448852758
 RHS r34 0.00010092321131022016
 RHS r35 0.0001006268282736259
 RHS r36 0.00010171152794367367
 RHS r37 0.00010071104913534821
 RHS r38 0.00010053333919762984
 RHS r39 0.00010069569273202637
 RHS r40 0.00010055616619715396
 RHS r41 0.0001017280049512076
 RHS r42 0.0001005377101315913
 RHS r43 0.00010067697756061913
 RHS r44 0.00010081101937616686
 RHS r45 0.00010096985219599001
 RHS r46 0.00010069449858990929
 RHS r47 0.00010148931561737831
 RHS r48 0.0001010219825182246
 RHS r49 0.0001008174459600676
 RHS r50 0.00010068916088386268
 RHS r51 0.00010155589238729222
 RHS r52 0.00010077708206202867
 RHS r53 0.00010095809084509047
 RHS r54 0.00010053715150849517
 RHS r55 0.00010166339099115652
 RHS r56 0.0001005756906312072
 RHS r57 0.00010105971571042937
 RHS r58 0.00010086610982427594
 RHS r59 0.00010108862139995886
 RHS r60 0.00010052526078563185
 RHS r61 0.00010064940049388594
 RHS r62 0.00010072362590593723
 RHS r63 0.00010053021825489142
 RHS r64 0.00010130349341156718
 RHS r65 0.00010169908340548491
 RHS r66 0.00010082200841694352
 RHS r67 0.00010151486813831775
 RHS r68 0.00010073141581953062
 RHS r69 0.00010055194943163296
 RHS r70 0.00010090339210085824
 RHS r71 0.00010084745291488139
 RHS r72 0.0001006231727767869
 RHS r73 0.00010082446086453549
 RHS r74 0.0001008892133699784
 RHS r75 0.00010059338311571582
 RHS r76 0.00010093587239742404
 RHS r77 0.00010058898844841628
 RHS r78 0.0001009979769727772
 RHS r79 0.00010051835051723293
 RHS r80 0.00010127235017112954
 RHS r81 0.00010177868990830309
 RHS r82 0.00010053404131914343
 RHS r83 0.00010053944146658042
 RHS r84 0.00010081094433194573
 RHS r85 0.00010077434351730569
 RHS r86 0.0001006022942031582
 RHS r87 0.00010175856933731072
 RHS r88 0.00010053812653400642
 RHS r89 0.00010079453830433309
 RHS r90 0.00010056515516879103
 RHS r91 0.00010054469792461055
 RHS r92 0.00010082010194646298
 RHS r93 0.00010058354766918879
 RHS r94 0.00010074838420020127
 RHS r95 0.00010119747933311518
 RHS r96 0.00010084276895717983
 RHS r97 0.0001006823950218046
 RHS r98 0.00010063099562982952
 RHS r99 0.00010071310179872481
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
ENDATA
