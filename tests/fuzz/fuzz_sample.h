/*
 * Eight cases of examples/data/sample (one per event kind, and one with a
 * flag), the five CSV files as C strings: the fixed part of an import
 * that fuzzes one entity.
 */
#ifndef ENF_FUZZ_SAMPLE_H
#define ENF_FUZZ_SAMPLE_H

static const char fz_sample_cases[] =
	"office,decision_no,decision_date,mode,court,judgment_no,judgment_"
	"effective,judgment_kind,flags\n"
	"LS-VL,1/QĐ-THADS,2024-01-08,agency,TAND khu "
	"vực,248/2023/HS-ST,2023-04-06,criminal,\n"
	"LS-VL,2/QĐ-THADS,2024-06-25,agency,TAND khu "
	"vực,291/2021/HS-ST,2024-05-07,criminal,\n"
	"LS-HL,10/QĐ-THADS,2024-04-23,agency,TAND khu "
	"vực,122/2021/HS-ST,2023-06-08,criminal,corruption\n"
	"LS-TP,4/QĐ-THADS,2024-12-02,agency,TAND khu "
	"vực,190/2023/HS-ST,2024-04-17,criminal,\n"
	"LS-VL,5/QĐ-THADS,2023-10-26,request,TAND khu "
	"vực,181/2022/DS-ST,2023-07-05,commercial,\n"
	"LS-BG,30/QĐ-THADS,2023-04-04,agency,TAND khu "
	"vực,297/2024/HS-ST,2022-05-30,criminal,\n"
	"LS-CUC,19/QĐ-THADS,2024-02-19,agency,TAND tỉnh Lạng "
	"Sơn,288/2023/HS-ST,2023-10-11,criminal,\n"
	"LS-BG,154/QĐ-THADS,2024-09-13,agency,TAND khu "
	"vực,169/2022/HS-ST,2024-07-07,criminal,\n";

static const char fz_sample_parties[] =
	"office,decision_no,index,role,kind,name,id\n"
	"LS-VL,1/QĐ-THADS,0,debtor,organisation,Công ty CP Năng lượng Bắc "
	"Sơn,\n"
	"LS-VL,1/QĐ-THADS,1,creditor,state_budget,Ngân sách nhà nước,\n"
	"LS-VL,2/QĐ-THADS,0,debtor,person,Hoàng Đức Dũng,\n"
	"LS-VL,2/QĐ-THADS,1,creditor,state_budget,Ngân sách nhà nước,\n"
	"LS-HL,10/QĐ-THADS,0,debtor,person,Trần Quang Long,\n"
	"LS-HL,10/QĐ-THADS,1,creditor,state_budget,Ngân sách nhà nước,\n"
	"LS-TP,4/QĐ-THADS,0,debtor,person,Đặng Thị Hoa,\n"
	"LS-TP,4/QĐ-THADS,1,creditor,state_budget,Ngân sách nhà nước,\n"
	"LS-VL,5/QĐ-THADS,0,debtor,organisation,Công ty TNHH Hoàng Long,\n"
	"LS-VL,5/QĐ-THADS,1,creditor,organisation,Ngân hàng Nông nghiệp chi "
	"nhánh tỉnh,\n"
	"LS-BG,30/QĐ-THADS,0,debtor,person,Trần Đức Long,\n"
	"LS-BG,30/QĐ-THADS,1,creditor,state_budget,Ngân sách nhà nước,\n"
	"LS-CUC,19/QĐ-THADS,0,debtor,person,Phạm Văn Hoa,\n"
	"LS-CUC,19/QĐ-THADS,1,creditor,state_budget,Ngân sách nhà nước,\n"
	"LS-BG,154/QĐ-THADS,0,debtor,person,Hồ Quang Thảo,\n"
	"LS-BG,154/QĐ-THADS,1,creditor,state_budget,Ngân sách nhà nước,\n";

static const char fz_sample_obligations[] =
	"office,decision_no,index,kind,amount,debtor,creditor,joint\n"
	"LS-VL,1/QĐ-THADS,0,fine,96234000,0,1,0\n"
	"LS-VL,2/QĐ-THADS,0,fine,39549000,0,1,0\n"
	"LS-HL,10/QĐ-THADS,0,court_fee,6805000,0,1,0\n"
	"LS-TP,4/QĐ-THADS,0,court_fee,9585000,0,1,0\n"
	"LS-VL,5/QĐ-THADS,0,bank_credit,11019013000,0,1,0\n"
	"LS-BG,30/QĐ-THADS,0,fine,90691000,0,1,0\n"
	"LS-CUC,19/QĐ-THADS,0,court_fee,4357000,0,1,0\n"
	"LS-BG,154/QĐ-THADS,0,court_fee,9953000,0,1,0\n";

static const char fz_sample_assets[] =
	"office,decision_no,index,kind,description,owner,security,secured_"
	"amount\n"
	"LS-VL,5/QĐ-THADS,0,real_estate,Quyền sử dụng đất và tài sản gắn "
	"liền,0,mortgage,11019013000\n";

static const char fz_sample_events[] =
	"office,decision_no,seq,date,kind,detail,amount,asset\n"
	"LS-VL,1/QĐ-THADS,0,2024-01-08,decision_issued,0,0,\n"
	"LS-VL,1/QĐ-THADS,1,2024-01-11,decision_notified,0,0,\n"
	"LS-VL,1/QĐ-THADS,2,2024-01-29,verified,0,0,\n"
	"LS-VL,1/QĐ-THADS,3,2024-02-05,classified,0,0,\n"
	"LS-VL,1/QĐ-THADS,4,2024-07-22,verified,0,0,\n"
	"LS-VL,1/QĐ-THADS,5,2025-01-15,verified,0,0,\n"
	"LS-VL,1/QĐ-THADS,6,2025-07-14,verified,0,0,\n"
	"LS-VL,1/QĐ-THADS,7,2025-07-17,separate_book,0,0,\n"
	"LS-VL,2/QĐ-THADS,0,2024-06-25,decision_issued,0,0,\n"
	"LS-VL,2/QĐ-THADS,1,2024-06-26,decision_notified,0,0,\n"
	"LS-VL,2/QĐ-THADS,2,2024-07-15,verified,1,0,\n"
	"LS-VL,2/QĐ-THADS,3,2024-08-14,suspended,0,0,\n"
	"LS-HL,10/QĐ-THADS,0,2024-04-23,decision_issued,0,0,\n"
	"LS-HL,10/QĐ-THADS,1,2024-04-26,decision_notified,0,0,\n"
	"LS-HL,10/QĐ-THADS,2,2024-05-07,verified,1,0,\n"
	"LS-HL,10/QĐ-THADS,3,2024-06-20,collected,0,6805000,\n"
	"LS-HL,10/QĐ-THADS,4,2024-06-27,paid_out,0,6805000,\n"
	"LS-HL,10/QĐ-THADS,5,2024-07-01,done,0,0,\n"
	"LS-TP,4/QĐ-THADS,0,2024-12-02,decision_issued,0,0,\n"
	"LS-TP,4/QĐ-THADS,1,2024-12-05,decision_notified,0,0,\n"
	"LS-TP,4/QĐ-THADS,2,2024-12-30,verified,1,0,\n"
	"LS-TP,4/QĐ-THADS,3,2025-01-09,entrusted_out,0,0,\n"
	"LS-VL,5/QĐ-THADS,0,2023-10-23,request_received,0,0,\n"
	"LS-VL,5/QĐ-THADS,1,2023-10-26,decision_issued,0,0,\n"
	"LS-VL,5/QĐ-THADS,2,2023-10-30,decision_notified,0,0,\n"
	"LS-VL,5/QĐ-THADS,3,2023-11-22,verified,1,0,\n"
	"LS-VL,5/QĐ-THADS,4,2023-12-20,asset_seized,0,0,0\n"
	"LS-VL,5/QĐ-THADS,5,2024-02-16,asset_appraised,0,11129203130,0\n"
	"LS-VL,5/QĐ-THADS,6,2024-03-20,asset_auctioned,0,11129203130,0\n"
	"LS-VL,5/QĐ-THADS,7,2024-05-14,collected,0,11019013000,\n"
	"LS-VL,5/QĐ-THADS,8,2024-05-20,paid_out,0,11019013000,\n"
	"LS-VL,5/QĐ-THADS,9,2024-05-23,done,0,0,\n"
	"LS-BG,30/QĐ-THADS,0,2023-04-04,decision_issued,0,0,\n"
	"LS-BG,30/QĐ-THADS,1,2023-04-06,decision_notified,0,0,\n"
	"LS-BG,30/QĐ-THADS,2,2023-04-27,verified,1,0,\n"
	"LS-BG,30/QĐ-THADS,3,2023-05-17,terminated,2,0,\n"
	"LS-CUC,19/QĐ-THADS,0,2024-02-19,decision_issued,0,0,\n"
	"LS-CUC,19/QĐ-THADS,1,2024-02-20,decision_notified,0,0,\n"
	"LS-CUC,19/QĐ-THADS,2,2024-03-13,verified,1,0,\n"
	"LS-CUC,19/QĐ-THADS,3,2024-03-25,decision_withdrawn,0,0,\n"
	"LS-BG,154/QĐ-THADS,0,2024-09-13,decision_issued,0,0,\n"
	"LS-BG,154/QĐ-THADS,1,2024-09-16,decision_notified,0,0,\n"
	"LS-BG,154/QĐ-THADS,2,2024-10-07,verified,0,0,\n"
	"LS-BG,154/QĐ-THADS,3,2024-10-08,classified,0,0,\n"
	"LS-BG,154/QĐ-THADS,4,2025-03-26,verified,1,0,\n"
	"LS-BG,154/QĐ-THADS,5,2025-04-23,postponed,2,0,\n"
	"LS-BG,154/QĐ-THADS,6,2025-07-22,resumed,0,0,\n"
	"LS-BG,154/QĐ-THADS,7,2025-09-03,collected,0,4976500,\n"
	"LS-BG,154/QĐ-THADS,8,2025-09-08,paid_out,0,4976500,\n";

#endif /* ENF_FUZZ_SAMPLE_H */
