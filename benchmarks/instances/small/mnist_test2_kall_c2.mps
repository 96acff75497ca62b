* smug MaskProblem 'mnist_test2_kall_c2': 196 variables, 14 rows, 308 non-zeros
* RESTRICTED rows (as smug's MILP backends at tightening level 3):
* a mask meeting them within a 1e-6 tolerance satisfies the exact rows;
* strict '>' rows and real-valued rows carry a margin of ~1e-4 (scaled),
* rows on a coarse binary grid are exact. The optimum is an upper bound.
* row i is the MaskProblem's row i times a power of two (exact);
* 17 significant digits (exact float64); verify masks with smug.verify
NAME mnist_test2_kall_c2
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
 m36 r0 0.027140197995322524
 m36 r1 -0.072959011326020118
 m36 r2 0.0907391015371104
 m36 r3 0.15885039678687463
 m36 r4 0.35544240224407986
 m36 r5 0.14439116965513676
 m36 r6 0.11180760430579539
 m36 r7 -0.58570608776062727
 m36 r8 0.047937606577761471
 m36 r9 -0.353163199062692
 m36 r10 0.15101224245154299
 m36 r11 -0.31732972446479835
 m36 r12 0.18689240704406984
 m36 r13 0.35081509151495993
 m37 obj 1
 m37 r0 0.031496729803620838
 m37 r1 -0.035080167683190666
 m37 r2 -0.0027504704194143414
 m37 r3 -0.013844845438143238
 m37 r4 0.057382548489840701
 m37 r5 0.025033312202140223
 m37 r6 0.090250590990763158
 m37 r7 -0.10007280559511855
 m37 r8 0.073663249553646892
 m37 r9 -0.085933570517227054
 m37 r10 0.053072488721227273
 m37 r11 -0.079144674527924508
 m37 r12 0.082806671591242775
 m37 r13 0.077757513616234064
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
 m49 r0 0.020095793588552624
 m49 r1 0.0078207504702731967
 m49 r2 -0.034614344767760485
 m49 r3 -0.016659408429404721
 m49 r4 0.024079018039628863
 m49 r5 -0.0098341314151184633
 m49 r6 -0.005010983622923959
 m49 r7 0.048721650964580476
 m49 r8 0.0010132296665688045
 m49 r9 -0.0094626670761499554
 m49 r10 0.0099203713762108237
 m49 r11 -0.0023014037651591934
 m49 r12 0.036304044770076871
 m49 r13 0.045869697933085263
 m50 obj 1
 m50 r0 0.3555785242060665
 m50 r1 -0.01723405702796299
 m50 r2 -0.49510977318277583
 m50 r3 -0.40702372704981826
 m50 r4 0.91408986132591963
 m50 r5 -0.27269716016598977
 m50 r6 0.09268481656908989
 m50 r7 0.77136932109715417
 m50 r8 -0.16877157741328119
 m50 r9 -0.22522932416177355
 m50 r10 0.1126799509384
 m50 r11 -0.0024240279672085308
 m50 r12 0.621718124311883
 m50 r13 0.6640864162473008
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
 m63 r0 0.065098384191514924
 m63 r1 0.18606233515311033
 m63 r2 -0.15081984433345497
 m63 r3 -0.23872122121974826
 m63 r4 0.13712349388515577
 m63 r5 0.10012115468271077
 m63 r6 0.2458106029080227
 m63 r7 0.14057474443688989
 m63 r8 0.0024417979002464563
 m63 r9 0.21716822753660381
 m63 r10 0.075353094143792987
 m63 r11 0.10931204468943179
 m63 r12 0.021815126659930684
 m63 r13 -0.060155361890792847
 m64 obj 1
 m64 r0 0.15547111244814005
 m64 r1 0.2510140129015781
 m64 r2 -0.26978269247047137
 m64 r3 -0.3138396087451838
 m64 r4 0.41701202033436857
 m64 r5 -0.058479434337641578
 m64 r6 0.54216370696667582
 m64 r7 -0.014077570594963618
 m64 r8 -0.16486379980051424
 m64 r9 0.42974401073297486
 m64 r10 0.041322366215354123
 m64 r11 0.067892294377088547
 m64 r12 -0.09994688541337382
 m64 r13 0.27813943608634872
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
 m77 r0 0.020216938151861541
 m77 r1 0.46936417277902365
 m77 r2 0.023112095092074014
 m77 r3 0.10061016381951049
 m77 r4 0.092072642553830519
 m77 r5 -0.092379152069042902
 m77 r6 0.048338164284359664
 m77 r7 0.64173038105946034
 m77 r8 -0.01008203043602407
 m77 r9 0.57608224137220532
 m77 r10 0.53885768412146717
 m77 r11 0.55831836350262165
 m77 r12 0.12829030217289983
 m77 r13 0.011327288157190196
 m78 obj 1
 m78 r0 0.15425487377797253
 m78 r1 0.29695856018224731
 m78 r2 -0.21855982829583809
 m78 r3 -0.066444362659240142
 m78 r4 -0.10940585034404648
 m78 r5 0.030734468571608886
 m78 r6 0.12144314660690725
 m78 r7 -0.0025547777622705325
 m78 r8 -0.076918515398574527
 m78 r9 0.26205924472014885
 m78 r10 0.21294033655431122
 m78 r11 0.28702040074858814
 m78 r12 -0.19082893012091517
 m78 r13 -0.15968412853544578
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
 m90 r0 0.02766840549884364
 m90 r1 0.029007361619733274
 m90 r2 0.017450420768000185
 m90 r3 0.006483105527877342
 m90 r4 -0.009747175412485376
 m90 r5 0.0099390633258735761
 m90 r6 -0.044709733687341213
 m90 r7 -0.079185639973729849
 m90 r8 0.056373243452981114
 m90 r9 -0.0047077564231585711
 m90 r10 0.01572008931543678
 m90 r11 -0.011153758998261765
 m90 r12 -0.00058524010546534555
 m90 r13 0.076787952217273414
 m91 obj 1
 m91 r0 0.42323289543855935
 m91 r1 0.53344239614671096
 m91 r2 0.28068187684402801
 m91 r3 0.6061238634865731
 m91 r4 0.099031994210918128
 m91 r5 0.15694068386437721
 m91 r6 -0.94917430495843291
 m91 r7 0.33391848264727741
 m91 r8 0.4790693805553019
 m91 r9 0.15415298876177985
 m91 r10 0.70037543587386608
 m91 r11 0.22632366536709014
 m91 r12 0.30893109319731593
 m91 r13 0.30414518620818853
 m92 obj 1
 m92 r0 0.006459737429395318
 m92 r1 0.048615731531754136
 m92 r2 -0.030053077935008332
 m92 r3 0.048108639370184392
 m92 r4 -0.0086141994979698211
 m92 r5 0.025588006450561807
 m92 r6 -0.084302606410346925
 m92 r7 -0.025115404081589077
 m92 r8 0.0091938655459671281
 m92 r9 -0.044998851779382676
 m92 r10 0.043653927685227245
 m92 r11 0.038947012217249721
 m92 r12 0.0093182312484714203
 m92 r13 -0.048205932369455695
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
 m104 r0 0.42915384785737842
 m104 r1 0.066410089668352157
 m104 r2 0.26627849752549082
 m104 r3 0.2061650191899389
 m104 r4 0.10535017767688259
 m104 r5 0.20407552749384195
 m104 r6 -0.13480278497445397
 m104 r7 0.090935357729904354
 m104 r8 0.17730614787433296
 m104 r9 0.017485311444033869
 m104 r10 0.026978450910974061
 m104 r11 -0.076717397256288677
 m104 r12 -0.073660320864291862
 m104 r13 0.32000566786155105
 m105 obj 1
 m105 r0 0.63331063989608083
 m105 r1 0.36201528340461664
 m105 r2 0.77482437688013306
 m105 r3 0.82774438132764772
 m105 r4 0.10618109608185478
 m105 r5 0.59400053374702111
 m105 r6 -0.49428200593683869
 m105 r7 0.40203180562457419
 m105 r8 0.67474088101880625
 m105 r9 0.023815411041141488
 m105 r10 0.40502169739920646
 m105 r11 0.013850378527422436
 m105 r12 -0.098293887502222788
 m105 r13 0.029206954299297649
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
 m118 r0 0.67673485702835023
 m118 r1 0.083288453635759652
 m118 r2 0.51449198904447258
 m118 r3 0.46959727303328691
 m118 r4 -0.14600561962288339
 m118 r5 0.63324743392877281
 m118 r6 -0.00028523659784696065
 m118 r7 0.63332727807573974
 m118 r8 0.30421905615366995
 m118 r9 0.074208435282343999
 m118 r10 -0.16215996217215434
 m118 r11 -0.017521967383800074
 m118 r12 -0.26671497066854499
 m118 r13 -0.12132375666988082
 m119 obj 1
 m119 r0 0.17357286036713049
 m119 r1 0.11392649663321208
 m119 r2 0.22823718382278457
 m119 r3 0.4844387371558696
 m119 r4 -0.15829702428891324
 m119 r5 0.37714243319351226
 m119 r6 -0.041992877351731295
 m119 r7 0.34476762858685106
 m119 r8 0.24909115413902327
 m119 r9 0.026163104216720967
 m119 r10 0.10659559378109407
 m119 r11 0.071539490811119322
 m119 r12 -0.0043293275084579363
 m119 r13 -0.1696461692918092
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
 m132 r0 0.37612444156548008
 m132 r1 -0.14980789263790939
 m132 r2 0.72548840218223631
 m132 r3 0.28238891145156231
 m132 r4 -0.30614962175604887
 m132 r5 0.41376318350376096
 m132 r6 0.21709464049490634
 m132 r7 0.81145184782508295
 m132 r8 -0.13144423115591053
 m132 r9 0.49059826572192833
 m132 r10 -0.49684700407669879
 m132 r11 -0.012203493777633412
 m132 r12 0.035947148207924329
 m132 r13 -0.75575679662870243
 m133 obj 1
 m133 r0 0.051130678999470547
 m133 r1 -0.02382707639480941
 m133 r2 -0.0058266024279873818
 m133 r3 0.13285113906022161
 m133 r4 -0.094212114054244012
 m133 r5 0.11747418064624071
 m133 r6 0.03311177863724879
 m133 r7 0.31748358812183142
 m133 r8 0.098099675145931542
 m133 r9 0.092527616070583463
 m133 r10 -0.024972630199044943
 m133 r11 0.015336455049691722
 m133 r12 0.10612015903461725
 m133 r13 -0.15405493788421154
 m134 obj 1
 m135 obj 1
 m136 obj 1
 m137 obj 1
 m138 obj 1
 m139 obj 1
 m140 obj 1
 m141 obj 1
 m142 obj 1
 m143 obj 1
 m144 obj 1
 m145 obj 1
 m145 r0 -0.013900795936933719
 m145 r1 -0.046739002500544302
 m145 r2 0.11133431544294581
 m145 r3 0.008386130110011436
 m145 r4 -0.011817385917311185
 m145 r5 -0.04187773414014373
 m145 r6 0.17243987863184884
 m145 r7 -0.13643759617116302
 m145 r8 -0.050058625100064091
 m145 r9 0.092461545442347415
 m145 r10 -0.087354143062839285
 m145 r11 -0.017148519487818703
 m145 r12 -0.014798175478063058
 m145 r13 0.0027688242989825085
 m146 obj 1
 m146 r0 0.1766678154526744
 m146 r1 -0.19078861342131859
 m146 r2 0.21837511209014338
 m146 r3 0.18324450596264796
 m146 r4 0.16780820139047137
 m146 r5 0.037999037340341602
 m146 r6 0.8134906807099469
 m146 r7 -0.15313354499085108
 m146 r8 -0.40757063831551932
 m146 r9 0.37601280873059295
 m146 r10 -0.35366714291740209
 m146 r11 0.084982738728285767
 m146 r12 0.18620679962987197
 m146 r13 0.12340484666492557
 m147 obj 1
 m147 r0 0.011423088581068441
 m147 r1 -0.0045738037879345939
 m147 r2 -0.011640367200016044
 m147 r3 0.03000837389845401
 m147 r4 -0.0003305139562144177
 m147 r5 0.036137700924882665
 m147 r6 0.066458743822295219
 m147 r7 0.021898917417274788
 m147 r8 0.018823008053004742
 m147 r9 0.030711980361957103
 m147 r10 0.0023758131064823829
 m147 r11 0.0074922109488397837
 m147 r12 0.0079762608802411705
 m147 r13 -0.022945327567867935
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
 m159 r0 -0.029157531927921809
 m159 r1 -0.050236162392252481
 m159 r2 0.044731210473401006
 m159 r3 0.096736183360917494
 m159 r4 0.046821681389701553
 m159 r5 0.10861451475648209
 m159 r6 0.18417243695876095
 m159 r7 -0.27064333914313465
 m159 r8 -0.14490773931902368
 m159 r9 0.18584206157902372
 m159 r10 -0.23253815219504759
 m159 r11 -0.024041473282068182
 m159 r12 -0.12591216745204292
 m159 r13 0.20602323277853429
 m160 obj 1
 m160 r0 -0.007340948301134631
 m160 r1 -0.076477631664602086
 m160 r2 0.17707105433510151
 m160 r3 0.19786773223313503
 m160 r4 0.26816105030593462
 m160 r5 0.065605264258920215
 m160 r6 0.1304886740836082
 m160 r7 0.017793757855542935
 m160 r8 -0.25103586900513619
 m160 r9 0.3498931770445779
 m160 r10 -0.30613749363692477
 m160 r11 0.039843106767875724
 m160 r12 0.092667918544975691
 m160 r13 0.50813032663427293
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
 m191 obj 1
 m192 obj 1
 m193 obj 1
 m194 obj 1
 m195 obj 1
 MARKER 'MARKER' 'INTEND'
RHS
 RHS r0 0.00010386523521806131
 RHS r1 0.00010311565238366563
 RHS r2 0.00010469197763784125
 RHS r3 0.00010489614294768892
 RHS r4 0.0001036351395671576
 RHS r5 0.0001035560790707893
 RHS r6 0.00010462432092817137
 RHS r7 0.00010594293786157586
 RHS r8 0.0001035976291559811
 RHS r9 0.00010412242619281466
 RHS r10 0.00010415956050416824
 RHS r11 0.00010208084682043979
 RHS r12 0.00010270006707017341
 RHS r13 0.00010449024563111835
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
ENDATA
