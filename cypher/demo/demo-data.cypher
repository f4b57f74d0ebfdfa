// =============================================================================
// Guanxi demo data set: the key-account book of a car dealer and repair shop
// (汽车4S店 / 维修厂 大客户) serving fleet customers in one Chinese city.
//
// Contents: 16 Accounts (logistics, taxi, bus, construction, city government,
// hospital, sanitation, rental, schools ...), their decision chains (决策链) of
// Person nodes with buying roles, reporting lines and influence ties, 3 SalesReps
// in two teams, referral sources (insurers, vehicle administration office,
// logistics association, a partner company, events, website, media, walk-in),
// a year of Interactions and the Deals (WON, LOST, OPEN) of the book.
//
// All dates are relative to load time (date() and datetime() minus a duration),
// so the demo always looks current. Property names and enum values follow
// docs/model.md. Load into an empty database: the file only CREATEs.
//
// Good starting points for queries:
//   acc-shunda        richest decision chain (8 people, insiders, influence ties)
//   acc-city-bus      state-owned, two-rep account team, WON and LOST tenders
//   rep-zhao-lei to p-shen-guoqiang   3-hop warm introduction via KNOWS
//   rep-chen-jie to p-wei-dong        3-hop warm introduction via KNOWS
//   rep-li-na to p-song-wenbin        2-hop paths (via the GM driver or Wang Qiang)
//   acc-jiaotou       two referrers (acc-city-bus and ch-annual-meeting)
//   org-vehicle-admin               start of the deepest referral chain
//
// Format: one statement per block, each ending with a semicolon at the end of
// a line. Plain Cypher 5, no APOC, no parameters.
// =============================================================================

// -----------------------------------------------------------------------------
// 1. Accounts with their people (WORKS_AT), reporting lines and influence ties
// -----------------------------------------------------------------------------

// 顺达物流 Shunda Logistics: Largest private logistics fleet in the book, VIP referrer, richest decision chain
CREATE (a:Account {id: 'acc-shunda', name: '顺达物流 Shunda Logistics', industry: 'logistics', ownership: 'PRIVATE', size: 'LARGE',
  units: 180, difficulty: 'MEDIUM', signed: true, lifecycle: 'RETAINED', intentionGrade: 'H',
  opportunityTier: 'A', relationshipLevel: 'STRATEGIC', vip: true, createdAt: datetime()})
CREATE (wang_qiang:Person {id: 'p-wang-qiang', name: '王强 Wang Qiang', title: '总经理 General Manager', department: '总经办 Executive Office', level: 1,
  buyingRoles: ['DECIDER'], decisionWeight: 0.45, insider: false,
  age: 52, family: 'married, son studying in Australia', hobbies: 'tea tasting, calligraphy',
  sports: 'golf', food: 'Cantonese, dim sum, no spicy food', schedule: 'in the office Mon and Tue mornings, travels mid-week',
  attitude: 'values long-term partners, dislikes hard selling', preference: 'reliability and turnaround time over price', phone: '13800010001',
  email: 'wang.qiang@shunda.example.com', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (liu_mei:Person {id: 'p-liu-mei', name: '刘梅 Liu Mei', title: '财务总监 CFO', department: '财务部 Finance', level: 2,
  buyingRoles: ['INFLUENCER', 'EVALUATOR'], decisionWeight: 0.18, insider: false,
  age: 45, family: 'married, daughter in high school', hobbies: 'reading, yoga',
  sports: 'yoga', food: 'vegetarian on Mondays', schedule: 'month-end closing in the last week of each month, avoid then',
  attitude: 'cautious, checks every invoice', preference: 'clear pricing and monthly statements', email: 'liu.mei@shunda.example.com', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (zhang_wei:Person {id: 'p-zhang-wei', name: '张伟 Zhang Wei', title: '车队经理 Fleet Manager', department: '车队 Fleet Department', level: 2,
  buyingRoles: ['USER', 'INFLUENCER'], decisionWeight: 0.15, insider: false,
  age: 41, family: 'married, two kids', hobbies: 'car modding, fishing',
  sports: 'basketball', food: 'hotpot, Sichuan', schedule: 'at the depot from 7:00, best reached before 9:00',
  attitude: 'practical, friendly once trust is earned', preference: 'minimal downtime, pick-up and drop-off service', phone: '13800010003', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (sun_li:Person {id: 'p-sun-li', name: '孙丽 Sun Li', title: '采购经理 Purchasing Manager', department: '采购部 Purchasing', level: 3,
  buyingRoles: ['BUYER', 'EVALUATOR'], decisionWeight: 0.12, insider: false,
  age: 36, family: 'married', hobbies: 'travel, photography',
  sports: 'swimming', food: 'Japanese', schedule: 'tender reviews on Thursdays',
  attitude: 'process-driven, needs three quotes', preference: 'complete paperwork and framework prices', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (zhou_jun:Person {id: 'p-zhou-jun', name: '周军 Zhou Jun', title: '调度主管 Dispatch Supervisor', department: '车队 Fleet Department', level: 3,
  buyingRoles: ['USER'], decisionWeight: 0.05, insider: false,
  age: 38, hobbies: 'chess', food: 'noodles',
  schedule: 'night shift every other week', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (chen_xiaoyu:Person {id: 'p-chen-xiaoyu', name: '陈晓雨 Chen Xiaoyu', title: '总经理助理 Assistant to the GM', department: '总经办 Executive Office', level: 3,
  buyingRoles: ['GATEKEEPER'], decisionWeight: 0.02, insider: false,
  age: 29, family: 'single', hobbies: 'milk tea, TV dramas',
  sports: 'jogging', food: 'desserts', schedule: 'controls the GM calendar, books two weeks ahead',
  attitude: 'polite but protective of the GM', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (ma_dong:Person {id: 'p-ma-dong', name: '马东 Ma Dong', title: '司机班长 Driver Team Lead', department: '车队 Fleet Department', level: 4,
  buyingRoles: ['USER'], decisionWeight: 0.02, insider: true,
  age: 47, family: 'married, son looking for an apprenticeship', hobbies: 'Chinese chess, erhu',
  sports: 'table tennis', food: 'hand-pulled noodles, lamb', schedule: 'on the road during the day, free after 18:00',
  attitude: 'likes us, knows everything that happens in the fleet', preference: 'mechanics who explain the repair', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (hu_jing:Person {id: 'p-hu-jing', name: '胡静 Hu Jing', title: '行政文员 Admin Clerk', department: '采购部 Purchasing', level: 4,
  buyingRoles: ['GATEKEEPER'], decisionWeight: 0.01, insider: true,
  age: 25, hobbies: 'short videos', food: 'spicy crayfish',
  attitude: 'helpful, tells us when tenders are coming', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (liu_mei)-[:REPORTS_TO]->(wang_qiang)
CREATE (zhang_wei)-[:REPORTS_TO]->(wang_qiang)
CREATE (sun_li)-[:REPORTS_TO]->(liu_mei)
CREATE (zhou_jun)-[:REPORTS_TO]->(zhang_wei)
CREATE (chen_xiaoyu)-[:REPORTS_TO]->(wang_qiang)
CREATE (ma_dong)-[:REPORTS_TO]->(zhou_jun)
CREATE (hu_jing)-[:REPORTS_TO]->(sun_li)
CREATE (liu_mei)-[:INFLUENCES {weight: 0.6}]->(wang_qiang)
CREATE (zhang_wei)-[:INFLUENCES {weight: 0.5}]->(wang_qiang)
CREATE (zhou_jun)-[:INFLUENCES {weight: 0.7}]->(zhang_wei)
CREATE (ma_dong)-[:INFLUENCES {weight: 0.4}]->(zhou_jun)
CREATE (sun_li)-[:INFLUENCES {weight: 0.5}]->(liu_mei)
CREATE (chen_xiaoyu)-[:INFLUENCES {weight: 0.3}]->(wang_qiang);

// 市公交集团 City Bus Group: Biggest fleet, state-owned, tender driven, served by a two-rep account team
CREATE (a:Account {id: 'acc-city-bus', name: '市公交集团 City Bus Group', industry: 'bus company', ownership: 'STATE_OWNED', size: 'LARGE',
  units: 210, difficulty: 'HIGH', signed: true, lifecycle: 'RETAINED', intentionGrade: 'A',
  opportunityTier: 'A', relationshipLevel: 'PARTNER', vip: true, createdAt: datetime()})
CREATE (li_guohua:Person {id: 'p-li-guohua', name: '李国华 Li Guohua', title: '党委书记、董事长 Party Secretary and Chairman', department: '集团领导 Group Leadership', level: 1,
  buyingRoles: ['DECIDER'], decisionWeight: 0.35, insider: false,
  age: 58, family: 'married, grandson born last year', hobbies: 'calligraphy, Peking opera',
  sports: 'tai chi', food: 'home-style northern food', schedule: 'meetings with the city every Monday',
  attitude: 'formal, cares about safety records and compliance', preference: 'state-owned style procedures, no surprises', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (zhao_jianguo:Person {id: 'p-zhao-jianguo', name: '赵建国 Zhao Jianguo', title: '副总经理（分管机务） Deputy GM, Maintenance', department: '集团领导 Group Leadership', level: 2,
  buyingRoles: ['DECIDER', 'EVALUATOR'], decisionWeight: 0.25, insider: false,
  age: 53, family: 'married, daughter is a doctor', hobbies: 'fishing',
  sports: 'hiking', food: 'seafood', schedule: 'depot inspections on Wednesdays',
  attitude: 'engineer at heart, respects technical competence', preference: 'proven capability on electric buses', phone: '13800020002', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (he_peng:Person {id: 'p-he-peng', name: '何鹏 He Peng', title: '机务部部长 Head of Maintenance', department: '机务部 Maintenance Department', level: 3,
  buyingRoles: ['EVALUATOR', 'USER'], decisionWeight: 0.15, insider: false,
  age: 44, family: 'married, son plays badminton', hobbies: 'electronics',
  sports: 'badminton', food: 'Hunan, spicy', schedule: 'at the central workshop 8:00 to 17:00',
  attitude: 'open, likes new diagnostic tools', preference: 'fast spare parts and trained technicians', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (xu_min:Person {id: 'p-xu-min', name: '徐敏 Xu Min', title: '采购中心主任 Head of Procurement Center', department: '采购中心 Procurement Center', level: 2,
  buyingRoles: ['BUYER', 'GATEKEEPER'], decisionWeight: 0.12, insider: false,
  age: 48, hobbies: 'gardening', food: 'Shanghainese',
  schedule: 'tender committee sits monthly', attitude: 'strictly by the rules', preference: 'public tenders, complete qualification files', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (tang_hui:Person {id: 'p-tang-hui', name: '唐辉 Tang Hui', title: '纪检监察室主任 Head of Discipline Inspection', department: '纪检监察室 Discipline Office', level: 2,
  buyingRoles: ['INFLUENCER'], decisionWeight: 0.08, insider: false,
  age: 55, attitude: 'refuses all gifts and meals', preference: 'transparent pricing, written records', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (feng_xiaojun:Person {id: 'p-feng-xiaojun', name: '冯小军 Feng Xiaojun', title: '修理车间主任 Workshop Head', department: '机务部 Maintenance Department', level: 4,
  buyingRoles: ['USER'], decisionWeight: 0.04, insider: false,
  age: 39, hobbies: 'motorbikes', food: 'barbecue',
  schedule: 'shift handover at 16:00', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (lu_gang:Person {id: 'p-lu-gang', name: '陆刚 Lu Gang', title: '公交驾驶员（劳模） Bus Driver, Model Worker', department: '第三车队 Route Team 3', level: 4,
  buyingRoles: ['USER', 'INFLUENCER'], decisionWeight: 0.01, insider: true,
  age: 50, family: 'married, wife is a nurse', hobbies: 'volunteering, photography',
  sports: 'morning runs', food: 'dumplings', schedule: 'early shift 5:30 to 13:30',
  attitude: 'proud of his bus, likes careful mechanics', preference: 'quiet brakes and working air-con', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (zhao_jianguo)-[:REPORTS_TO]->(li_guohua)
CREATE (he_peng)-[:REPORTS_TO]->(zhao_jianguo)
CREATE (xu_min)-[:REPORTS_TO]->(li_guohua)
CREATE (tang_hui)-[:REPORTS_TO]->(li_guohua)
CREATE (feng_xiaojun)-[:REPORTS_TO]->(he_peng)
CREATE (lu_gang)-[:REPORTS_TO]->(he_peng)
CREATE (zhao_jianguo)-[:INFLUENCES {weight: 0.7}]->(li_guohua)
CREATE (he_peng)-[:INFLUENCES {weight: 0.6}]->(zhao_jianguo)
CREATE (tang_hui)-[:INFLUENCES {weight: 0.5}]->(li_guohua)
CREATE (xu_min)-[:INFLUENCES {weight: 0.3}]->(zhao_jianguo)
CREATE (lu_gang)-[:INFLUENCES {weight: 0.4}]->(he_peng)
CREATE (feng_xiaojun)-[:INFLUENCES {weight: 0.5}]->(he_peng);

// 金龙出租车 Jinlong Taxi: Taxi company, owner-run, came in as a walk-in
CREATE (a:Account {id: 'acc-jinlong-taxi', name: '金龙出租车 Jinlong Taxi', industry: 'taxi', ownership: 'PRIVATE', size: 'MEDIUM',
  units: 120, difficulty: 'MEDIUM', signed: true, lifecycle: 'RETAINED', intentionGrade: 'A',
  opportunityTier: 'B', relationshipLevel: 'PRIORITY', vip: false, createdAt: datetime()})
CREATE (huang_zhiqiang:Person {id: 'p-huang-zhiqiang', name: '黄志强 Huang Zhiqiang', title: '董事长兼总经理 Chairman and GM', department: '总经办 Executive Office', level: 1,
  buyingRoles: ['DECIDER', 'BUYER'], decisionWeight: 0.6, insider: false,
  age: 49, family: 'married, daughter got married this year', hobbies: 'karaoke, tea',
  sports: 'swimming', food: 'Fujian cuisine, seafood', schedule: 'mornings at the garage, afternoons in meetings',
  attitude: 'quick decisions, loyal once convinced', preference: 'price and speed, personal service', phone: '13800030001', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (lin_ping:Person {id: 'p-lin-ping', name: '林萍 Lin Ping', title: '财务经理 Finance Manager', department: '财务部 Finance', level: 2,
  buyingRoles: ['EVALUATOR'], decisionWeight: 0.15, insider: false,
  age: 43, hobbies: 'square dancing', food: 'light Cantonese',
  attitude: 'strict with invoices', preference: 'accurate invoices', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (guo_tao:Person {id: 'p-guo-tao', name: '郭涛 Guo Tao', title: '运营经理 Operations Manager', department: '运营部 Operations', level: 2,
  buyingRoles: ['USER', 'INFLUENCER'], decisionWeight: 0.15, insider: false,
  age: 37, family: 'married, one son', hobbies: 'football on TV',
  sports: 'football', food: 'noodles, barbecue', schedule: 'works shift-change hours 6:00 and 18:00',
  attitude: 'complains loudly, forgives quickly', preference: 'night-time repair slots', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (deng_lihua:Person {id: 'p-deng-lihua', name: '邓丽华 Deng Lihua', title: '前台兼调度 Receptionist and Dispatcher', department: '运营部 Operations', level: 3,
  buyingRoles: ['GATEKEEPER'], decisionWeight: 0.02, insider: true,
  age: 32, hobbies: 'online shopping', attitude: 'friendly, passes on gossip about drivers', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (yang_fan:Person {id: 'p-yang-fan', name: '杨帆 Yang Fan', title: '司机代表 Driver Representative', department: '运营部 Operations', level: 3,
  buyingRoles: ['USER'], decisionWeight: 0.08, insider: true,
  age: 40, family: 'married, child at Yucai Middle School', hobbies: 'cards, fishing',
  sports: 'fishing', food: 'spicy noodles', schedule: 'drives day shift, free after 17:00',
  attitude: 'the voice of 300 drivers, likes our mechanics', preference: 'quick CNG checks, no queues', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (lin_ping)-[:REPORTS_TO]->(huang_zhiqiang)
CREATE (guo_tao)-[:REPORTS_TO]->(huang_zhiqiang)
CREATE (deng_lihua)-[:REPORTS_TO]->(guo_tao)
CREATE (yang_fan)-[:REPORTS_TO]->(guo_tao)
CREATE (guo_tao)-[:INFLUENCES {weight: 0.6}]->(huang_zhiqiang)
CREATE (lin_ping)-[:INFLUENCES {weight: 0.4}]->(huang_zhiqiang)
CREATE (yang_fan)-[:INFLUENCES {weight: 0.6}]->(guo_tao)
CREATE (deng_lihua)-[:INFLUENCES {weight: 0.2}]->(guo_tao);

// 华建工程 Huajian Construction: Hot prospect, trucks and machinery on a metro project, referred by Shunda
CREATE (a:Account {id: 'acc-huajian', name: '华建工程 Huajian Construction', industry: 'construction', ownership: 'STATE_OWNED', size: 'LARGE',
  units: 85, difficulty: 'HIGH', signed: false, lifecycle: 'PROSPECT', intentionGrade: 'A',
  opportunityTier: 'A', relationshipLevel: 'PRIORITY', vip: false, prospectSince: datetime() - duration({days: 75}), createdAt: datetime()})
CREATE (song_wenbin:Person {id: 'p-song-wenbin', name: '宋文斌 Song Wenbin', title: '总经理 General Manager', department: '公司领导 Company Leadership', level: 1,
  buyingRoles: ['DECIDER'], decisionWeight: 0.4, insider: false,
  age: 54, family: 'married, son in the army', hobbies: 'military history, Chinese chess',
  sports: 'hiking', food: 'Shandong cuisine, baijiu', schedule: 'on construction sites most days, reachable by his driver',
  attitude: 'distrusts salespeople, trusts references', preference: 'safety record and references from peers', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (cao_yang:Person {id: 'p-cao-yang', name: '曹阳 Cao Yang', title: '设备物资部经理 Head of Equipment and Materials', department: '设备物资部 Equipment Department', level: 2,
  buyingRoles: ['EVALUATOR', 'INFLUENCER'], decisionWeight: 0.2, insider: false,
  age: 42, family: 'married, twin daughters', hobbies: 'machinery, off-road driving',
  sports: 'badminton', food: 'lamb hotpot', schedule: 'supplier meetings Tuesday afternoons',
  attitude: 'technical, wants evidence', preference: 'on-site service for machinery', phone: '13800040002', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (han_xue:Person {id: 'p-han-xue', name: '韩雪 Han Xue', title: '招标采购主管 Tender and Procurement Supervisor', department: '设备物资部 Equipment Department', level: 3,
  buyingRoles: ['BUYER', 'GATEKEEPER'], decisionWeight: 0.12, insider: false,
  age: 33, food: 'Korean barbecue', attitude: 'budget-focused',
  preference: 'lowest compliant price', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (peng_lei:Person {id: 'p-peng-lei', name: '彭磊 Peng Lei', title: '项目经理（地铁项目） Project Manager, Metro Line Project', department: '项目部 Project Office', level: 2,
  buyingRoles: ['USER', 'INFLUENCER'], decisionWeight: 0.13, insider: false,
  age: 39, hobbies: 'drones', sports: 'running',
  food: 'anything quick', schedule: 'on site 7:00 to 19:00', attitude: 'hates machinery downtime',
  preference: 'mobile repair van on site', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (xie_hong:Person {id: 'p-xie-hong', name: '谢红 Xie Hong', title: '副总经理（财务） Deputy GM, Finance', department: '公司领导 Company Leadership', level: 2,
  buyingRoles: ['EVALUATOR'], decisionWeight: 0.1, insider: false,
  age: 50, hobbies: 'piano', attitude: 'formal', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (luo_bin:Person {id: 'p-luo-bin', name: '罗斌 Luo Bin', title: '机械队队长 Machinery Team Leader', department: '项目部 Project Office', level: 3,
  buyingRoles: ['USER'], decisionWeight: 0.04, insider: false, createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (qin_hai:Person {id: 'p-qin-hai', name: '秦海 Qin Hai', title: '总经理司机 Driver of the GM', department: '综合办 General Office', level: 3,
  buyingRoles: ['USER'], decisionWeight: 0.01, insider: true,
  age: 45, family: 'married, wife runs a noodle shop', hobbies: 'cars, fishing',
  sports: 'fishing', food: 'noodles, beer', schedule: 'waits for the GM at site offices, free at lunch',
  attitude: 'likes us, knows the GM schedule and mood', preference: 'honest mechanics', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (cao_yang)-[:REPORTS_TO]->(song_wenbin)
CREATE (han_xue)-[:REPORTS_TO]->(cao_yang)
CREATE (peng_lei)-[:REPORTS_TO]->(song_wenbin)
CREATE (xie_hong)-[:REPORTS_TO]->(song_wenbin)
CREATE (luo_bin)-[:REPORTS_TO]->(peng_lei)
CREATE (qin_hai)-[:REPORTS_TO]->(song_wenbin)
CREATE (cao_yang)-[:INFLUENCES {weight: 0.6}]->(song_wenbin)
CREATE (peng_lei)-[:INFLUENCES {weight: 0.5}]->(song_wenbin)
CREATE (xie_hong)-[:INFLUENCES {weight: 0.4}]->(song_wenbin)
CREATE (han_xue)-[:INFLUENCES {weight: 0.4}]->(cao_yang)
CREATE (luo_bin)-[:INFLUENCES {weight: 0.6}]->(peng_lei)
CREATE (qin_hai)-[:INFLUENCES {weight: 0.2}]->(song_wenbin);

// 市机关事务管理局 City Government Offices Administration: Official vehicle pool of the city government, recommended by the vehicle administration office
CREATE (a:Account {id: 'acc-city-gov', name: '市机关事务管理局 City Government Offices Administration', industry: 'city government', ownership: 'GOVERNMENT', size: 'MEDIUM',
  units: 60, difficulty: 'HIGH', signed: true, lifecycle: 'RETAINED', intentionGrade: 'B',
  opportunityTier: 'B', relationshipLevel: 'PARTNER', vip: true, createdAt: datetime()})
CREATE (zheng_hua:Person {id: 'p-zheng-hua', name: '郑华 Zheng Hua', title: '局长 Director-General', department: '局领导 Bureau Leadership', level: 1,
  buyingRoles: ['DECIDER'], decisionWeight: 0.3, insider: false,
  age: 56, hobbies: 'calligraphy', sports: 'walking',
  attitude: 'distant, delegates to deputies', preference: 'compliance, local suppliers', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (liang_yong:Person {id: 'p-liang-yong', name: '梁勇 Liang Yong', title: '副局长（分管公务用车） Deputy Director, Official Vehicles', department: '局领导 Bureau Leadership', level: 2,
  buyingRoles: ['DECIDER', 'INFLUENCER'], decisionWeight: 0.3, insider: false,
  age: 51, family: 'married, son at university', hobbies: 'tea, history books',
  sports: 'table tennis', food: 'local home cooking', schedule: 'free on Friday afternoons',
  attitude: 'pragmatic, appreciates reliability', preference: 'fixed prices and fast response', phone: '13800050002', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (xiao_jun:Person {id: 'p-xiao-jun', name: '肖军 Xiao Jun', title: '公务用车服务中心主任 Head of Official Vehicle Service Center', department: '公务用车服务中心 Vehicle Service Center', level: 3,
  buyingRoles: ['EVALUATOR', 'USER'], decisionWeight: 0.2, insider: false,
  age: 46, hobbies: 'cars', sports: 'cycling',
  food: 'noodles', schedule: 'in the vehicle pool office all day', attitude: 'detail-oriented, fair',
  preference: 'new-energy vehicle know-how', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (dong_lin:Person {id: 'p-dong-lin', name: '董琳 Dong Lin', title: '政府采购科科长 Head of Government Procurement Section', department: '财务处 Finance Division', level: 3,
  buyingRoles: ['BUYER'], decisionWeight: 0.15, insider: false,
  age: 40, attitude: 'by the book', preference: 'registered on the government procurement platform', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (jiang_li:Person {id: 'p-jiang-li', name: '蒋莉 Jiang Li', title: '办公室秘书 Office Secretary', department: '办公室 General Office', level: 3,
  buyingRoles: ['GATEKEEPER'], decisionWeight: 0.02, insider: false, createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (pan_tao:Person {id: 'p-pan-tao', name: '潘涛 Pan Tao', title: '驾驶员 Driver', department: '公务用车服务中心 Vehicle Service Center', level: 4,
  buyingRoles: ['USER'], decisionWeight: 0.03, insider: true,
  age: 43, family: 'married, one daughter', hobbies: 'motorbikes',
  sports: 'badminton', food: 'barbecue', schedule: 'on call, free most afternoons',
  attitude: 'likes us, tells us who really decides', preference: 'friendly workshop staff', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (liang_yong)-[:REPORTS_TO]->(zheng_hua)
CREATE (xiao_jun)-[:REPORTS_TO]->(liang_yong)
CREATE (dong_lin)-[:REPORTS_TO]->(liang_yong)
CREATE (jiang_li)-[:REPORTS_TO]->(zheng_hua)
CREATE (pan_tao)-[:REPORTS_TO]->(xiao_jun)
CREATE (liang_yong)-[:INFLUENCES {weight: 0.7}]->(zheng_hua)
CREATE (xiao_jun)-[:INFLUENCES {weight: 0.6}]->(liang_yong)
CREATE (dong_lin)-[:INFLUENCES {weight: 0.3}]->(liang_yong)
CREATE (pan_tao)-[:INFLUENCES {weight: 0.3}]->(xiao_jun);

// 市中心医院 City Central Hospital: Ambulances and service cars, hot prospect referred by the Sanitation Group
CREATE (a:Account {id: 'acc-central-hospital', name: '市中心医院 City Central Hospital', industry: 'hospital', ownership: 'GOVERNMENT', size: 'MEDIUM',
  units: 18, difficulty: 'MEDIUM', signed: false, lifecycle: 'PROSPECT', intentionGrade: 'H',
  opportunityTier: 'A', relationshipLevel: 'ORDINARY', vip: false, prospectSince: datetime() - duration({days: 43}), createdAt: datetime()})
CREATE (wei_dong:Person {id: 'p-wei-dong', name: '魏东 Wei Dong', title: '院长 Hospital President', department: '院领导 Hospital Leadership', level: 1,
  buyingRoles: ['DECIDER'], decisionWeight: 0.35, insider: false,
  age: 57, hobbies: 'classical music', sports: 'swimming',
  attitude: 'busy, delegates logistics', preference: 'no ambulance out of service', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (yu_qing:Person {id: 'p-yu-qing', name: '于清 Yu Qing', title: '副院长（后勤） Vice President, Logistics', department: '院领导 Hospital Leadership', level: 2,
  buyingRoles: ['DECIDER', 'EVALUATOR'], decisionWeight: 0.25, insider: false,
  age: 50, family: 'married, daughter studying medicine', hobbies: 'gardening',
  sports: 'walking', food: 'light food, no alcohol', schedule: 'mornings in meetings, afternoons on rounds',
  attitude: 'former army transport officer, values discipline', preference: '24h response SLA', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (tian_jing:Person {id: 'p-tian-jing', name: '田静 Tian Jing', title: '总务科科长 Head of General Affairs', department: '总务科 General Affairs', level: 3,
  buyingRoles: ['BUYER', 'EVALUATOR'], decisionWeight: 0.2, insider: false,
  age: 41, hobbies: 'baking', food: 'Sichuan',
  schedule: 'best before 10:00', attitude: 'open, under pressure', preference: 'one supplier for ambulances and cars', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (du_ming:Person {id: 'p-du-ming', name: '杜明 Du Ming', title: '急诊科主任 Head of Emergency Department', department: '急诊科 Emergency Department', level: 2,
  buyingRoles: ['INFLUENCER', 'USER'], decisionWeight: 0.12, insider: false,
  age: 48, hobbies: 'marathons', sports: 'running',
  attitude: 'impatient, blunt', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (fang_yan:Person {id: 'p-fang-yan', name: '方燕 Fang Yan', title: '院办秘书 Secretary of the President Office', department: '院办 President Office', level: 3,
  buyingRoles: ['GATEKEEPER'], decisionWeight: 0.03, insider: false, createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (shi_lei:Person {id: 'p-shi-lei', name: '石磊 Shi Lei', title: '救护车司机 Ambulance Driver', department: '总务科 General Affairs', level: 4,
  buyingRoles: ['USER'], decisionWeight: 0.05, insider: true,
  age: 36, family: 'married, newborn son', hobbies: 'mobile games',
  sports: 'football', food: 'fried rice', schedule: '24h shifts, off every third day',
  attitude: 'likes us after the siren fix', preference: 'mechanics available at night', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (yu_qing)-[:REPORTS_TO]->(wei_dong)
CREATE (tian_jing)-[:REPORTS_TO]->(yu_qing)
CREATE (du_ming)-[:REPORTS_TO]->(wei_dong)
CREATE (fang_yan)-[:REPORTS_TO]->(wei_dong)
CREATE (shi_lei)-[:REPORTS_TO]->(tian_jing)
CREATE (yu_qing)-[:INFLUENCES {weight: 0.6}]->(wei_dong)
CREATE (du_ming)-[:INFLUENCES {weight: 0.5}]->(wei_dong)
CREATE (tian_jing)-[:INFLUENCES {weight: 0.6}]->(yu_qing)
CREATE (shi_lei)-[:INFLUENCES {weight: 0.4}]->(tian_jing);

// 恒通冷链 Hengtong Cold Chain: Reefer trucks, founder-led, referred by Shunda and refers others
CREATE (a:Account {id: 'acc-hengtong', name: '恒通冷链 Hengtong Cold Chain', industry: 'cold-chain logistics', ownership: 'PRIVATE', size: 'MEDIUM',
  units: 45, difficulty: 'LOW', signed: true, lifecycle: 'RETAINED', intentionGrade: 'H',
  opportunityTier: 'B', relationshipLevel: 'PRIORITY', vip: true, createdAt: datetime()})
CREATE (gao_feng:Person {id: 'p-gao-feng', name: '高峰 Gao Feng', title: '总经理（创始人） GM and Founder', department: '总经办 Executive Office', level: 1,
  buyingRoles: ['DECIDER', 'BUYER'], decisionWeight: 0.6, insider: false,
  age: 46, family: 'married, two sons', hobbies: 'golf, wine',
  sports: 'golf', food: 'seafood', schedule: 'flexible, answers WeChat late at night',
  attitude: 'warm, enjoys introducing people', preference: 'responsiveness in peak season', phone: '13800070001', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (wu_yan:Person {id: 'p-wu-yan', name: '吴燕 Wu Yan', title: '运营总监 Operations Director', department: '运营部 Operations', level: 2,
  buyingRoles: ['INFLUENCER', 'EVALUATOR'], decisionWeight: 0.2, insider: false,
  age: 39, hobbies: 'data dashboards, hiking', sports: 'hiking',
  food: 'salads', attitude: 'data-driven', preference: 'service reports with KPIs', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (qian_bo:Person {id: 'p-qian-bo', name: '钱波 Qian Bo', title: '车队队长 Fleet Captain', department: '运营部 Operations', level: 3,
  buyingRoles: ['USER'], decisionWeight: 0.12, insider: false,
  age: 44, food: 'beer and barbecue', schedule: 'dispatches trucks at 4:00', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (yao_na:Person {id: 'p-yao-na', name: '姚娜 Yao Na', title: '行政主管 Admin Supervisor', department: '行政部 Administration', level: 2,
  buyingRoles: ['GATEKEEPER'], decisionWeight: 0.05, insider: false, createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (ren_kai:Person {id: 'p-ren-kai', name: '任凯 Ren Kai', title: '冷藏车司机 Reefer Truck Driver', department: '运营部 Operations', level: 4,
  buyingRoles: ['USER'], decisionWeight: 0.03, insider: true,
  age: 31, hobbies: 'short videos', attitude: 'cheerful, reports truck problems to us directly', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (wu_yan)-[:REPORTS_TO]->(gao_feng)
CREATE (qian_bo)-[:REPORTS_TO]->(wu_yan)
CREATE (yao_na)-[:REPORTS_TO]->(gao_feng)
CREATE (ren_kai)-[:REPORTS_TO]->(qian_bo)
CREATE (wu_yan)-[:INFLUENCES {weight: 0.5}]->(gao_feng)
CREATE (qian_bo)-[:INFLUENCES {weight: 0.5}]->(wu_yan)
CREATE (ren_kai)-[:INFLUENCES {weight: 0.3}]->(qian_bo);

// 德菲克汽车零部件（中国） Defike Auto Parts China: German-owned plant, shuttle buses and company cars, lost to Baocheng on price and certification
CREATE (a:Account {id: 'acc-defike', name: '德菲克汽车零部件（中国） Defike Auto Parts China', industry: 'automotive parts manufacturing', ownership: 'FOREIGN', size: 'LARGE',
  units: 32, difficulty: 'MEDIUM', signed: false, lifecycle: 'LOST', intentionGrade: 'C',
  opportunityTier: 'C', relationshipLevel: 'ORDINARY', vip: false, createdAt: datetime()})
CREATE (klaus_becker:Person {id: 'p-klaus-becker', name: '克劳斯·贝克 Klaus Becker', title: '总经理 Managing Director', department: '管理层 Management', level: 1,
  buyingRoles: ['DECIDER'], decisionWeight: 0.3, insider: false,
  age: 55, family: 'married, wife back in Stuttgart', hobbies: 'cycling, wine',
  sports: 'cycling', food: 'German and Japanese', schedule: 'strictly by appointment, mornings',
  attitude: 'compliance first', preference: 'certified processes, English reports', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (zhu_lin:Person {id: 'p-zhu-lin', name: '朱琳 Zhu Lin', title: '采购总监 Purchasing Director', department: '采购部 Purchasing', level: 2,
  buyingRoles: ['BUYER', 'DECIDER'], decisionWeight: 0.35, insider: false,
  age: 42, hobbies: 'tennis', sports: 'tennis',
  attitude: 'tough negotiator, no gifts', preference: 'global framework prices', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (ye_ming:Person {id: 'p-ye-ming', name: '叶明 Ye Ming', title: '行政经理 Facilities and Admin Manager', department: '行政部 Facilities', level: 2,
  buyingRoles: ['USER', 'EVALUATOR'], decisionWeight: 0.2, insider: false,
  age: 38, hobbies: 'coffee', food: 'coffee and sandwiches',
  attitude: 'friendly, overruled on price', preference: 'one-stop service for shuttles', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (jin_hao:Person {id: 'p-jin-hao', name: '金浩 Jin Hao', title: '合规经理 Compliance Manager', department: '法务合规部 Legal and Compliance', level: 2,
  buyingRoles: ['EVALUATOR'], decisionWeight: 0.1, insider: false, createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (cui_hong:Person {id: 'p-cui-hong', name: '崔红 Cui Hong', title: '前台 Receptionist', department: '行政部 Facilities', level: 4,
  buyingRoles: ['GATEKEEPER'], decisionWeight: 0.05, insider: false, createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (zhu_lin)-[:REPORTS_TO]->(klaus_becker)
CREATE (ye_ming)-[:REPORTS_TO]->(klaus_becker)
CREATE (jin_hao)-[:REPORTS_TO]->(klaus_becker)
CREATE (cui_hong)-[:REPORTS_TO]->(ye_ming)
CREATE (zhu_lin)-[:INFLUENCES {weight: 0.6}]->(klaus_becker)
CREATE (jin_hao)-[:INFLUENCES {weight: 0.5}]->(klaus_becker)
CREATE (ye_ming)-[:INFLUENCES {weight: 0.2}]->(zhu_lin);

// 开元建材 Kaiyuan Building Materials: Small family business with mixer trucks, end of the Shunda referral chain
CREATE (a:Account {id: 'acc-kaiyuan', name: '开元建材 Kaiyuan Building Materials', industry: 'construction materials', ownership: 'PRIVATE', size: 'SMALL',
  units: 12, difficulty: 'LOW', signed: false, lifecycle: 'PROSPECT', intentionGrade: 'A',
  opportunityTier: 'C', relationshipLevel: 'ORDINARY', vip: false, prospectSince: datetime() - duration({days: 125}), createdAt: datetime()})
CREATE (lu_jianjun:Person {id: 'p-lu-jianjun', name: '卢建军 Lu Jianjun', title: '老板 Owner', department: '总经办 Owner Office', level: 1,
  buyingRoles: ['DECIDER', 'BUYER'], decisionWeight: 0.7, insider: false,
  age: 55, family: 'married, daughter works in the business', hobbies: 'mahjong',
  sports: 'none', food: 'farmhouse food, baijiu', schedule: 'at the batching plant early mornings',
  attitude: 'price-sensitive, cash-flow worries', preference: 'pay-per-job, monthly credit', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (lu_xiaoman:Person {id: 'p-lu-xiaoman', name: '卢小曼 Lu Xiaoman', title: '财务（老板女儿） Finance, Daughter of the Owner', department: '财务 Finance', level: 2,
  buyingRoles: ['INFLUENCER', 'EVALUATOR'], decisionWeight: 0.2, insider: false,
  age: 28, hobbies: 'travel', food: 'western food',
  attitude: 'modern, wants online invoices', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (kong_wei:Person {id: 'p-kong-wei', name: '孔伟 Kong Wei', title: '搅拌车队长 Mixer Truck Team Lead', department: '车队 Fleet', level: 2,
  buyingRoles: ['USER'], decisionWeight: 0.08, insider: false,
  age: 46, food: 'spicy', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (duan_qiang:Person {id: 'p-duan-qiang', name: '段强 Duan Qiang', title: '搅拌车司机 Mixer Truck Driver', department: '车队 Fleet', level: 3,
  buyingRoles: ['USER'], decisionWeight: 0.02, insider: true,
  age: 34, attitude: 'tells us which trucks break down', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (lu_xiaoman)-[:REPORTS_TO]->(lu_jianjun)
CREATE (kong_wei)-[:REPORTS_TO]->(lu_jianjun)
CREATE (duan_qiang)-[:REPORTS_TO]->(kong_wei)
CREATE (lu_xiaoman)-[:INFLUENCES {weight: 0.6}]->(lu_jianjun)
CREATE (kong_wei)-[:INFLUENCES {weight: 0.3}]->(lu_jianjun);

// 运通快递 Yuntong Express: Van fleet tender lost to QuickFix Chain on price, win-back candidate
CREATE (a:Account {id: 'acc-yuntong', name: '运通快递 Yuntong Express', industry: 'express delivery', ownership: 'PRIVATE', size: 'LARGE',
  units: 150, difficulty: 'MEDIUM', signed: false, lifecycle: 'LOST', intentionGrade: 'B',
  opportunityTier: 'B', relationshipLevel: 'ORDINARY', vip: false, createdAt: datetime()})
CREATE (xia_yu:Person {id: 'p-xia-yu', name: '夏宇 Xia Yu', title: '区域总经理 Regional GM', department: '区域总部 Regional HQ', level: 1,
  buyingRoles: ['DECIDER'], decisionWeight: 0.4, insider: false,
  age: 44, hobbies: 'marathons', sports: 'running',
  attitude: 'numbers only', preference: 'cost per kilometre', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (jia_nan:Person {id: 'p-jia-nan', name: '贾楠 Jia Nan', title: '车辆管理部经理 Vehicle Management Manager', department: '车辆管理部 Vehicle Management', level: 2,
  buyingRoles: ['EVALUATOR', 'INFLUENCER'], decisionWeight: 0.25, insider: false,
  age: 37, family: 'married, one daughter', hobbies: 'board games',
  sports: 'badminton', food: 'Hunan', attitude: 'liked our proposal, lost the internal debate',
  preference: 'depot-side servicing', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (mo_li:Person {id: 'p-mo-li', name: '莫丽 Mo Li', title: '集采专员 Central Procurement Specialist', department: '采购部 Purchasing', level: 3,
  buyingRoles: ['BUYER'], decisionWeight: 0.2, insider: false, createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (qiu_feng:Person {id: 'p-qiu-feng', name: '邱峰 Qiu Feng', title: '网点主管 Depot Supervisor', department: '车辆管理部 Vehicle Management', level: 3,
  buyingRoles: ['USER'], decisionWeight: 0.1, insider: false,
  age: 35, schedule: 'sorting peak 20:00 to 2:00', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (lei_ming:Person {id: 'p-lei-ming', name: '雷鸣 Lei Ming', title: '快递车司机 Courier Van Driver', department: '车辆管理部 Vehicle Management', level: 4,
  buyingRoles: ['USER'], decisionWeight: 0.05, insider: true,
  age: 29, family: 'cousin of Yang Fan at Jinlong Taxi', attitude: 'unhappy with the new supplier', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (jia_nan)-[:REPORTS_TO]->(xia_yu)
CREATE (mo_li)-[:REPORTS_TO]->(xia_yu)
CREATE (qiu_feng)-[:REPORTS_TO]->(jia_nan)
CREATE (lei_ming)-[:REPORTS_TO]->(qiu_feng)
CREATE (jia_nan)-[:INFLUENCES {weight: 0.4}]->(xia_yu)
CREATE (mo_li)-[:INFLUENCES {weight: 0.5}]->(xia_yu)
CREATE (qiu_feng)-[:INFLUENCES {weight: 0.5}]->(jia_nan);

// 市交通投资集团 City Transport Investment Group: Parent group of several transport companies, big but slow, two referrers
CREATE (a:Account {id: 'acc-jiaotou', name: '市交通投资集团 City Transport Investment Group', industry: 'transport holding', ownership: 'STATE_OWNED', size: 'LARGE',
  units: 95, difficulty: 'HIGH', signed: false, lifecycle: 'PROSPECT', intentionGrade: 'A',
  opportunityTier: 'B', relationshipLevel: 'ORDINARY', vip: false, prospectSince: datetime() - duration({days: 200}), createdAt: datetime()})
CREATE (shen_guoqiang:Person {id: 'p-shen-guoqiang', name: '沈国强 Shen Guoqiang', title: '党委书记、董事长 Party Secretary and Chairman', department: '集团领导 Group Leadership', level: 1,
  buyingRoles: ['DECIDER'], decisionWeight: 0.35, insider: false,
  age: 59, hobbies: 'Go, poetry', sports: 'tai chi',
  food: 'Huaiyang cuisine', schedule: 'fully booked, one quarter ahead', attitude: 'strategic, trusts old colleagues',
  preference: 'group-wide framework agreements', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (kang_jian:Person {id: 'p-kang-jian', name: '康健 Kang Jian', title: '总经理 General Manager', department: '集团领导 Group Leadership', level: 2,
  buyingRoles: ['DECIDER', 'INFLUENCER'], decisionWeight: 0.25, insider: false,
  age: 50, hobbies: 'golf', sports: 'golf',
  attitude: 'open but noncommittal', preference: 'cost savings across subsidiaries', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (hou_yan:Person {id: 'p-hou-yan', name: '侯艳 Hou Yan', title: '资产管理部部长 Head of Asset Management', department: '资产管理部 Asset Management', level: 3,
  buyingRoles: ['EVALUATOR'], decisionWeight: 0.15, insider: false,
  age: 45, hobbies: 'knitting', attitude: 'thorough',
  preference: 'a full vehicle register and cost reports', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (shao_bin:Person {id: 'p-shao-bin', name: '邵斌 Shao Bin', title: '招采中心主任 Head of Tender Center', department: '招采中心 Tender Center', level: 3,
  buyingRoles: ['BUYER', 'GATEKEEPER'], decisionWeight: 0.15, insider: false,
  age: 47, attitude: 'slow, supplier pool opens once a year', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (gu_xin:Person {id: 'p-gu-xin', name: '顾欣 Gu Xin', title: '董事长秘书 Secretary to the Chairman', department: '办公室 General Office', level: 3,
  buyingRoles: ['GATEKEEPER'], decisionWeight: 0.05, insider: false, createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (wan_li:Person {id: 'p-wan-li', name: '万里 Wan Li', title: '车辆调度员 Vehicle Dispatcher', department: '资产管理部 Asset Management', level: 4,
  buyingRoles: ['USER'], decisionWeight: 0.05, insider: true,
  age: 30, hobbies: 'basketball', sports: 'basketball',
  food: 'burgers', attitude: 'helpful, shared the org chart', preference: 'quick repairs', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (kang_jian)-[:REPORTS_TO]->(shen_guoqiang)
CREATE (hou_yan)-[:REPORTS_TO]->(kang_jian)
CREATE (shao_bin)-[:REPORTS_TO]->(kang_jian)
CREATE (gu_xin)-[:REPORTS_TO]->(shen_guoqiang)
CREATE (wan_li)-[:REPORTS_TO]->(hou_yan)
CREATE (kang_jian)-[:INFLUENCES {weight: 0.6}]->(shen_guoqiang)
CREATE (hou_yan)-[:INFLUENCES {weight: 0.5}]->(kang_jian)
CREATE (shao_bin)-[:INFLUENCES {weight: 0.4}]->(kang_jian)
CREATE (wan_li)-[:INFLUENCES {weight: 0.3}]->(hou_yan);

// 樱花汽车租赁 Sakura Car Rental: Japanese-owned rental company, buys per job without a framework contract
CREATE (a:Account {id: 'acc-sakura', name: '樱花汽车租赁 Sakura Car Rental', industry: 'car rental', ownership: 'FOREIGN', size: 'MEDIUM',
  units: 70, difficulty: 'MEDIUM', signed: false, lifecycle: 'RETAINED', intentionGrade: 'B',
  opportunityTier: 'B', relationshipLevel: 'PRIORITY', vip: false, createdAt: datetime()})
CREATE (tanaka_hiroshi:Person {id: 'p-tanaka-hiroshi', name: '田中宏 Tanaka Hiroshi', title: '总经理 General Manager', department: '管理层 Management', level: 1,
  buyingRoles: ['DECIDER'], decisionWeight: 0.45, insider: false,
  age: 52, family: 'family in Osaka', hobbies: 'golf, sake',
  sports: 'golf', food: 'Japanese', schedule: 'in China three weeks a month',
  attitude: 'polite, quality-focused', preference: 'English or Japanese invoices, punctuality', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (lai_wen:Person {id: 'p-lai-wen', name: '赖雯 Lai Wen', title: '车辆运营经理 Fleet Operations Manager', department: '车辆运营部 Fleet Operations', level: 2,
  buyingRoles: ['EVALUATOR', 'USER'], decisionWeight: 0.3, insider: false,
  age: 35, family: 'single', hobbies: 'road trips, car club',
  sports: 'yoga', food: 'Japanese, sushi', schedule: 'weekends at the car club',
  attitude: 'friendly, enthusiastic', preference: 'fast pre-delivery inspections', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (chang_jie:Person {id: 'p-chang-jie', name: '常杰 Chang Jie', title: '采购专员 Purchasing Specialist', department: '采购部 Purchasing', level: 3,
  buyingRoles: ['BUYER'], decisionWeight: 0.2, insider: false,
  age: 30, createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (bai_lu:Person {id: 'p-bai-lu', name: '白露 Bai Lu', title: '门店柜员 Counter Clerk', department: '车辆运营部 Fleet Operations', level: 4,
  buyingRoles: ['GATEKEEPER', 'USER'], decisionWeight: 0.05, insider: true,
  age: 24, hobbies: 'anime', attitude: 'tips us off about new cars arriving', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (lai_wen)-[:REPORTS_TO]->(tanaka_hiroshi)
CREATE (chang_jie)-[:REPORTS_TO]->(tanaka_hiroshi)
CREATE (bai_lu)-[:REPORTS_TO]->(lai_wen)
CREATE (lai_wen)-[:INFLUENCES {weight: 0.6}]->(tanaka_hiroshi)
CREATE (chang_jie)-[:INFLUENCES {weight: 0.3}]->(lai_wen);

// 市环卫集团 City Sanitation Group: Garbage trucks and sweepers, strategic account and a strong referrer
CREATE (a:Account {id: 'acc-sanitation', name: '市环卫集团 City Sanitation Group', industry: 'sanitation', ownership: 'STATE_OWNED', size: 'LARGE',
  units: 130, difficulty: 'HIGH', signed: true, lifecycle: 'RETAINED', intentionGrade: 'H',
  opportunityTier: 'A', relationshipLevel: 'STRATEGIC', vip: true, createdAt: datetime()})
CREATE (yan_zhiyong:Person {id: 'p-yan-zhiyong', name: '阎志勇 Yan Zhiyong', title: '总经理 General Manager', department: '集团领导 Group Leadership', level: 1,
  buyingRoles: ['DECIDER'], decisionWeight: 0.4, insider: false,
  age: 54, family: 'married, son works abroad', hobbies: 'fishing, tea',
  sports: 'fishing', food: 'river fish', schedule: 'Friday afternoons are free',
  attitude: 'loyal, likes to recommend good suppliers', preference: 'no truck off the road during the rainy season', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (qi_hong:Person {id: 'p-qi-hong', name: '齐红 Qi Hong', title: '副总经理 Deputy GM', department: '集团领导 Group Leadership', level: 2,
  buyingRoles: ['DECIDER', 'EVALUATOR'], decisionWeight: 0.2, insider: false,
  age: 49, hobbies: 'dancing', attitude: 'formal, process-minded', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (mao_jun:Person {id: 'p-mao-jun', name: '毛军 Mao Jun', title: '车辆保障部部长 Head of Vehicle Support', department: '车辆保障部 Vehicle Support', level: 3,
  buyingRoles: ['EVALUATOR', 'INFLUENCER'], decisionWeight: 0.2, insider: false,
  age: 47, family: 'married, daughter in college', hobbies: 'fishing, hydraulics',
  sports: 'fishing', food: 'spicy fish', schedule: 'at the depot, calls back in the evening',
  attitude: 'friend of the shop, ex-army transport unit', preference: 'hydraulics expertise, emergency service', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (xiong_li:Person {id: 'p-xiong-li', name: '熊丽 Xiong Li', title: '采购部经理 Purchasing Manager', department: '采购部 Purchasing', level: 3,
  buyingRoles: ['BUYER'], decisionWeight: 0.12, insider: false,
  age: 38, attitude: 'neutral, efficient', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (yin_xia:Person {id: 'p-yin-xia', name: '殷霞 Yin Xia', title: '办公室主任 Office Director', department: '办公室 General Office', level: 2,
  buyingRoles: ['GATEKEEPER'], decisionWeight: 0.03, insider: false, createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (geng_dawei:Person {id: 'p-geng-dawei', name: '耿大伟 Geng Dawei', title: '环卫车司机 Sanitation Truck Driver', department: '车辆保障部 Vehicle Support', level: 4,
  buyingRoles: ['USER'], decisionWeight: 0.05, insider: true,
  age: 42, hobbies: 'cards', food: 'dumplings',
  schedule: 'route starts at 4:30', attitude: 'likes us, hears about tenders early', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (qi_hong)-[:REPORTS_TO]->(yan_zhiyong)
CREATE (mao_jun)-[:REPORTS_TO]->(qi_hong)
CREATE (xiong_li)-[:REPORTS_TO]->(qi_hong)
CREATE (yin_xia)-[:REPORTS_TO]->(yan_zhiyong)
CREATE (geng_dawei)-[:REPORTS_TO]->(mao_jun)
CREATE (qi_hong)-[:INFLUENCES {weight: 0.5}]->(yan_zhiyong)
CREATE (mao_jun)-[:INFLUENCES {weight: 0.6}]->(yan_zhiyong)
CREATE (mao_jun)-[:INFLUENCES {weight: 0.5}]->(qi_hong)
CREATE (xiong_li)-[:INFLUENCES {weight: 0.3}]->(qi_hong)
CREATE (geng_dawei)-[:INFLUENCES {weight: 0.3}]->(mao_jun);

// 鑫源驾校 Xinyuan Driving School: Training cars, price-sensitive, came from the website
CREATE (a:Account {id: 'acc-xinyuan-school', name: '鑫源驾校 Xinyuan Driving School', industry: 'driving school', ownership: 'PRIVATE', size: 'SMALL',
  units: 40, difficulty: 'LOW', signed: false, lifecycle: 'PROSPECT', intentionGrade: 'C',
  opportunityTier: 'C', relationshipLevel: 'ORDINARY', vip: false, prospectSince: datetime() - duration({days: 150}), createdAt: datetime()})
CREATE (fu_qiang:Person {id: 'p-fu-qiang', name: '傅强 Fu Qiang', title: '校长（老板） Principal and Owner', department: '校长室 Principal Office', level: 1,
  buyingRoles: ['DECIDER', 'BUYER'], decisionWeight: 0.7, insider: false,
  age: 48, hobbies: 'mahjong', food: 'barbecue',
  attitude: 'compares with roadside shops', preference: 'cheapest parts', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (zeng_li:Person {id: 'p-zeng-li', name: '曾丽 Zeng Li', title: '办公室经理 Office Manager', department: '办公室 Office', level: 2,
  buyingRoles: ['GATEKEEPER', 'EVALUATOR'], decisionWeight: 0.2, insider: false,
  age: 35, createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (wen_tao:Person {id: 'p-wen-tao', name: '温涛 Wen Tao', title: '教练组长 Chief Instructor', department: '教练组 Instructors', level: 2,
  buyingRoles: ['USER', 'INFLUENCER'], decisionWeight: 0.1, insider: false,
  age: 41, sports: 'basketball', attitude: 'wants cars that do not break during exams', createdAt: datetime()})-[:WORKS_AT]->(a)
CREATE (zeng_li)-[:REPORTS_TO]->(fu_qiang)
CREATE (wen_tao)-[:REPORTS_TO]->(fu_qiang)
CREATE (wen_tao)-[:INFLUENCES {weight: 0.4}]->(fu_qiang)
CREATE (zeng_li)-[:INFLUENCES {weight: 0.3}]->(fu_qiang);

// 华美物业 Huamei Property Management: Potential, not yet contacted, one named contact from a referral
CREATE (a:Account {id: 'acc-huamei', name: '华美物业 Huamei Property Management', industry: 'property management', ownership: 'PRIVATE', size: 'SMALL',
  units: 3, difficulty: 'LOW', signed: false, lifecycle: 'POTENTIAL', opportunityTier: 'D',
  relationshipLevel: 'ORDINARY', vip: false, createdAt: datetime()})
CREATE (ni_jun:Person {id: 'p-ni-jun', name: '倪军 Ni Jun', title: '行政经理 Admin Manager', department: '行政部 Administration', level: 2,
  buyingRoles: ['GATEKEEPER', 'BUYER'], decisionWeight: 0.3, insider: false,
  family: 'brother-in-law of Zhang Wei at Shunda', createdAt: datetime()})-[:WORKS_AT]->(a);

// 育才中学 Yucai Middle School: Potential, school buses, no contacts yet
CREATE (a:Account {id: 'acc-yucai-school', name: '育才中学 Yucai Middle School', industry: 'school (school buses)', ownership: 'GOVERNMENT', size: 'SMALL',
  units: 6, difficulty: 'LOW', signed: false, lifecycle: 'POTENTIAL', opportunityTier: 'D',
  relationshipLevel: 'ORDINARY', vip: false, createdAt: datetime()});

// -----------------------------------------------------------------------------
// 2. Sales reps and the accounts they own (OWNS = the account team)
// -----------------------------------------------------------------------------

CREATE (:SalesRep {id: 'rep-li-na', name: '李娜 Li Na', team: 'Fleet East', email: 'li.na@guanxi-demo.example.com', createdAt: datetime()})
CREATE (:SalesRep {id: 'rep-zhao-lei', name: '赵磊 Zhao Lei', team: 'Fleet East', email: 'zhao.lei@guanxi-demo.example.com', createdAt: datetime()})
CREATE (:SalesRep {id: 'rep-chen-jie', name: '陈杰 Chen Jie', team: 'Fleet West', email: 'chen.jie@guanxi-demo.example.com', createdAt: datetime()});

UNWIND [
  {rep: 'rep-li-na', account: 'acc-shunda'},
  {rep: 'rep-zhao-lei', account: 'acc-city-bus'},
  {rep: 'rep-chen-jie', account: 'acc-city-bus'},
  {rep: 'rep-chen-jie', account: 'acc-jinlong-taxi'},
  {rep: 'rep-li-na', account: 'acc-huajian'},
  {rep: 'rep-zhao-lei', account: 'acc-city-gov'},
  {rep: 'rep-chen-jie', account: 'acc-central-hospital'},
  {rep: 'rep-li-na', account: 'acc-hengtong'},
  {rep: 'rep-chen-jie', account: 'acc-defike'},
  {rep: 'rep-zhao-lei', account: 'acc-kaiyuan'},
  {rep: 'rep-li-na', account: 'acc-yuntong'},
  {rep: 'rep-zhao-lei', account: 'acc-jiaotou'},
  {rep: 'rep-chen-jie', account: 'acc-sakura'},
  {rep: 'rep-zhao-lei', account: 'acc-sanitation'},
  {rep: 'rep-chen-jie', account: 'acc-xinyuan-school'},
  {rep: 'rep-li-na', account: 'acc-huamei'},
  {rep: 'rep-chen-jie', account: 'acc-yucai-school'}
] AS o
MATCH (r:SalesRep {id: o.rep})
MATCH (a:Account {id: o.account})
CREATE (r)-[:OWNS]->(a);

// -----------------------------------------------------------------------------
// 3. Referral sources: organizations and channels
// -----------------------------------------------------------------------------

CREATE (:Organization {id: 'org-pingan', name: '平安保险 Ping An Insurance', kind: 'INSURER', createdAt: datetime()})
CREATE (:Organization {id: 'org-picc', name: '人保财险 PICC Property and Casualty', kind: 'INSURER', createdAt: datetime()})
CREATE (:Organization {id: 'org-vehicle-admin', name: '市车管所 City Vehicle Administration Office', kind: 'GOVERNMENT_OFFICE', createdAt: datetime()})
CREATE (:Organization {id: 'org-logistics-assoc', name: '市物流协会 City Logistics Association', kind: 'ASSOCIATION', createdAt: datetime()})
CREATE (:Organization {id: 'org-huatong-tyres', name: '华通轮胎 Huatong Tyres', kind: 'PARTNER_COMPANY', createdAt: datetime()})
CREATE (:Channel {id: 'ch-annual-meeting', name: '市商会年会 Chamber of Commerce Annual Meeting', kind: 'EVENT', createdAt: datetime()})
CREATE (:Channel {id: 'ch-website', name: '官网在线预约 Website Booking Form', kind: 'WEBSITE', createdAt: datetime()})
CREATE (:Channel {id: 'ch-evening-news', name: '晚报广告 Evening News Print Ad', kind: 'MEDIA', createdAt: datetime()})
CREATE (:Channel {id: 'ch-walk-in', name: '门店来访 Workshop Walk-in', kind: 'WALK_IN', createdAt: datetime()});

// -----------------------------------------------------------------------------
// 4. Referrals (转介绍): who brought us which lead
//    Deepest chain: org-vehicle-admin -> acc-city-gov -> acc-sanitation
//                   -> acc-city-bus -> acc-jiaotou
//    Second chain:  org-logistics-assoc -> acc-shunda -> acc-hengtong -> acc-kaiyuan
//    Two referrers: acc-jiaotou (acc-city-bus and ch-annual-meeting)
// -----------------------------------------------------------------------------

MATCH (s:Organization {id: 'org-logistics-assoc'})
MATCH (t:Account {id: 'acc-shunda'})
CREATE (s)-[:REFERRED {at: date() - duration({days: 1100}), note: 'Met GM Wang Qiang at the association fleet-safety seminar'}]->(t);

MATCH (s:Account {id: 'acc-shunda'})
MATCH (t:Account {id: 'acc-hengtong'})
CREATE (s)-[:REFERRED {at: date() - duration({days: 700}), note: 'Wang Qiang recommended us to his golf friend Gao Feng'}]->(t);

MATCH (s:Account {id: 'acc-hengtong'})
MATCH (t:Account {id: 'acc-kaiyuan'})
CREATE (s)-[:REFERRED {at: date() - duration({days: 130}), note: 'Gao Feng introduced his neighbour Lu Jianjun, owner of Kaiyuan'}]->(t);

MATCH (s:Account {id: 'acc-shunda'})
MATCH (t:Account {id: 'acc-huajian'})
CREATE (s)-[:REFERRED {at: date() - duration({days: 80}), note: 'Shunda hauls steel for Huajian, Wang Qiang vouched for us'}]->(t);

MATCH (s:Organization {id: 'org-vehicle-admin'})
MATCH (t:Account {id: 'acc-city-gov'})
CREATE (s)-[:REFERRED {at: date() - duration({days: 900}), note: 'Annual-inspection office listed us as a qualified repair shop'}]->(t);

MATCH (s:Account {id: 'acc-city-gov'})
MATCH (t:Account {id: 'acc-sanitation'})
CREATE (s)-[:REFERRED {at: date() - duration({days: 600}), note: 'Deputy Director Liang praised us at the municipal fleet work meeting'}]->(t);

MATCH (s:Account {id: 'acc-sanitation'})
MATCH (t:Account {id: 'acc-city-bus'})
CREATE (s)-[:REFERRED {at: date() - duration({days: 450}), note: 'Yan Zhiyong shared our typhoon-week service record with the Bus Group'}]->(t);

MATCH (s:Account {id: 'acc-city-bus'})
MATCH (t:Account {id: 'acc-jiaotou'})
CREATE (s)-[:REFERRED {at: date() - duration({days: 210}), note: 'Chairman Li Guohua recommended us to the parent group'}]->(t);

MATCH (s:Channel {id: 'ch-annual-meeting'})
MATCH (t:Account {id: 'acc-jiaotou'})
CREATE (s)-[:REFERRED {at: date() - duration({days: 205}), note: 'Exchanged cards with GM Kang Jian at the chamber of commerce annual meeting'}]->(t);

MATCH (s:Account {id: 'acc-sanitation'})
MATCH (t:Account {id: 'acc-central-hospital'})
CREATE (s)-[:REFERRED {at: date() - duration({days: 45}), note: 'Mao Jun introduced his former army colleague Yu Qing'}]->(t);

MATCH (s:Channel {id: 'ch-walk-in'})
MATCH (t:Account {id: 'acc-jinlong-taxi'})
CREATE (s)-[:REFERRED {at: date() - duration({days: 1300}), note: 'Owner Huang Zhiqiang first came in with his own car'}]->(t);

MATCH (s:Organization {id: 'org-pingan'})
MATCH (t:Account {id: 'acc-sakura'})
CREATE (s)-[:REFERRED {at: date() - duration({days: 800}), note: 'Ping An claims adjuster recommended us for accident repairs'}]->(t);

MATCH (s:Organization {id: 'org-picc'})
MATCH (t:Account {id: 'acc-yuntong'})
CREATE (s)-[:REFERRED {at: date() - duration({days: 260}), note: 'PICC fleet-insurance manager introduced the vehicle department'}]->(t);

MATCH (s:Channel {id: 'ch-website'})
MATCH (t:Account {id: 'acc-defike'})
CREATE (s)-[:REFERRED {at: date() - duration({days: 400}), note: 'Facilities manager Ye Ming filled in the website booking form'}]->(t);

MATCH (s:Channel {id: 'ch-website'})
MATCH (t:Account {id: 'acc-xinyuan-school'})
CREATE (s)-[:REFERRED {at: date() - duration({days: 155}), note: 'Online enquiry about a training-car service package'}]->(t);

MATCH (s:Channel {id: 'ch-evening-news'})
MATCH (t:Account {id: 'acc-yucai-school'})
CREATE (s)-[:REFERRED {at: date() - duration({days: 20}), note: 'Enquiry form from our school-bus safety-check ad in the Evening News, not yet followed up'}]->(t);

MATCH (s:Person {id: 'p-zhang-wei'})
MATCH (t:Account {id: 'acc-huamei'})
CREATE (s)-[:REFERRED {at: date() - duration({days: 15}), note: 'Zhang Wei says his brother-in-law needs a repair shop for three vans'}]->(t);

MATCH (s:Person {id: 'p-zhang-wei'})
MATCH (t:Person {id: 'p-ni-jun'})
CREATE (s)-[:REFERRED {at: date() - duration({days: 15}), note: 'Zhang Wei passed on the contact of his brother-in-law Ni Jun'}]->(t);

MATCH (s:Organization {id: 'org-huatong-tyres'})
MATCH (t:Person {id: 'p-cao-yang'})
CREATE (s)-[:REFERRED {at: date() - duration({days: 90}), note: 'Huatong tyre sales manager introduced the Huajian equipment head'}]->(t);

MATCH (s:Person {id: 'p-yang-fan'})
MATCH (t:Person {id: 'p-lei-ming'})
CREATE (s)-[:REFERRED {at: date() - duration({days: 60}), note: 'Yang Fan introduced his cousin, a driver at Yuntong, for a win-back'}]->(t);

// -----------------------------------------------------------------------------
// 5. Social ties (KNOWS) from reps to contacts and between contacts,
//    also across accounts, so that warm-introduction paths exist
// -----------------------------------------------------------------------------

// reps know contacts
UNWIND [
  {from: 'rep-li-na', to: 'p-wang-qiang', strength: 0.8, days: 1080},
  {from: 'rep-li-na', to: 'p-liu-mei', strength: 0.6, days: 1000},
  {from: 'rep-li-na', to: 'p-zhang-wei', strength: 0.9, days: 1070},
  {from: 'rep-li-na', to: 'p-sun-li', strength: 0.5, days: 900},
  {from: 'rep-li-na', to: 'p-ma-dong', strength: 0.7, days: 950},
  {from: 'rep-li-na', to: 'p-chen-xiaoyu', strength: 0.4, days: 800},
  {from: 'rep-li-na', to: 'p-gao-feng', strength: 0.85, days: 690},
  {from: 'rep-li-na', to: 'p-wu-yan', strength: 0.6, days: 600},
  {from: 'rep-li-na', to: 'p-qian-bo', strength: 0.5, days: 500},
  {from: 'rep-li-na', to: 'p-cao-yang', strength: 0.4, days: 78},
  {from: 'rep-li-na', to: 'p-qin-hai', strength: 0.5, days: 62},
  {from: 'rep-li-na', to: 'p-jia-nan', strength: 0.3, days: 250},
  {from: 'rep-li-na', to: 'p-xia-yu', strength: 0.2, days: 120},
  {from: 'rep-zhao-lei', to: 'p-zhao-jianguo', strength: 0.7, days: 440},
  {from: 'rep-zhao-lei', to: 'p-he-peng', strength: 0.8, days: 430},
  {from: 'rep-zhao-lei', to: 'p-lu-gang', strength: 0.6, days: 300},
  {from: 'rep-zhao-lei', to: 'p-liang-yong', strength: 0.75, days: 890},
  {from: 'rep-zhao-lei', to: 'p-xiao-jun', strength: 0.8, days: 880},
  {from: 'rep-zhao-lei', to: 'p-pan-tao', strength: 0.7, days: 700},
  {from: 'rep-zhao-lei', to: 'p-mao-jun', strength: 0.85, days: 590},
  {from: 'rep-zhao-lei', to: 'p-yan-zhiyong', strength: 0.6, days: 590},
  {from: 'rep-zhao-lei', to: 'p-lu-jianjun', strength: 0.5, days: 125},
  {from: 'rep-zhao-lei', to: 'p-kang-jian', strength: 0.3, days: 205},
  {from: 'rep-zhao-lei', to: 'p-wan-li', strength: 0.4, days: 65},
  {from: 'rep-chen-jie', to: 'p-huang-zhiqiang', strength: 0.9, days: 1290},
  {from: 'rep-chen-jie', to: 'p-yang-fan', strength: 0.8, days: 1000},
  {from: 'rep-chen-jie', to: 'p-guo-tao', strength: 0.6, days: 900},
  {from: 'rep-chen-jie', to: 'p-tian-jing', strength: 0.5, days: 42},
  {from: 'rep-chen-jie', to: 'p-shi-lei', strength: 0.6, days: 38},
  {from: 'rep-chen-jie', to: 'p-lai-wen', strength: 0.7, days: 780},
  {from: 'rep-chen-jie', to: 'p-tanaka-hiroshi', strength: 0.5, days: 770},
  {from: 'rep-chen-jie', to: 'p-ye-ming', strength: 0.3, days: 390},
  {from: 'rep-chen-jie', to: 'p-xu-min', strength: 0.4, days: 400},
  {from: 'rep-chen-jie', to: 'p-fu-qiang', strength: 0.2, days: 148}
] AS k
MATCH (f:SalesRep {id: k.from})
MATCH (t:Person {id: k.to})
CREATE (f)-[:KNOWS {strength: k.strength, since: date() - duration({days: k.days})}]->(t);

// contacts know each other (inside an account and across accounts)
UNWIND [
  {from: 'p-guo-tao', to: 'p-huang-zhiqiang', strength: 0.8, days: 2500},
  {from: 'p-zhao-jianguo', to: 'p-li-guohua', strength: 0.8, days: 4000},
  {from: 'p-xiao-jun', to: 'p-pan-tao', strength: 0.7, days: 2000},
  {from: 'p-tian-jing', to: 'p-yu-qing', strength: 0.6, days: 1500},
  {from: 'p-yu-qing', to: 'p-wei-dong', strength: 0.7, days: 3000},
  {from: 'p-du-ming', to: 'p-wei-dong', strength: 0.6, days: 3500},
  {from: 'p-qin-hai', to: 'p-song-wenbin', strength: 0.7, days: 2200},
  {from: 'p-wan-li', to: 'p-hou-yan', strength: 0.6, days: 900},
  {from: 'p-hou-yan', to: 'p-kang-jian', strength: 0.6, days: 1800},
  {from: 'p-lei-ming', to: 'p-qiu-feng', strength: 0.6, days: 700},
  {from: 'p-qiu-feng', to: 'p-jia-nan', strength: 0.5, days: 1100},
  {from: 'p-ye-ming', to: 'p-klaus-becker', strength: 0.5, days: 1200},
  {from: 'p-ma-dong', to: 'p-zhang-wei', strength: 0.8, days: 3000},
  {from: 'p-wang-qiang', to: 'p-gao-feng', strength: 0.8, days: 2000},
  {from: 'p-wang-qiang', to: 'p-song-wenbin', strength: 0.5, days: 400},
  {from: 'p-gao-feng', to: 'p-lu-jianjun', strength: 0.7, days: 1500},
  {from: 'p-ma-dong', to: 'p-qin-hai', strength: 0.6, days: 5000},
  {from: 'p-liu-mei', to: 'p-xie-hong', strength: 0.4, days: 1000},
  {from: 'p-liang-yong', to: 'p-yan-zhiyong', strength: 0.6, days: 1600},
  {from: 'p-yan-zhiyong', to: 'p-li-guohua', strength: 0.7, days: 2500},
  {from: 'p-li-guohua', to: 'p-shen-guoqiang', strength: 0.8, days: 6000},
  {from: 'p-mao-jun', to: 'p-yu-qing', strength: 0.6, days: 7000},
  {from: 'p-he-peng', to: 'p-mao-jun', strength: 0.5, days: 800},
  {from: 'p-pan-tao', to: 'p-lu-gang', strength: 0.5, days: 1300},
  {from: 'p-huang-zhiqiang', to: 'p-du-ming', strength: 0.5, days: 9000},
  {from: 'p-yang-fan', to: 'p-lei-ming', strength: 0.8, days: 9000},
  {from: 'p-lai-wen', to: 'p-ye-ming', strength: 0.4, days: 500},
  {from: 'p-zhang-wei', to: 'p-ni-jun', strength: 0.9, days: 4000}
] AS k
MATCH (f:Person {id: k.from})
MATCH (t:Person {id: k.to})
CREATE (f)-[:KNOWS {strength: k.strength, since: date() - duration({days: k.days})}]->(t);

// -----------------------------------------------------------------------------
// 6. A year of interactions, oldest first: (SalesRep)-[:LOGGED]->(Interaction)
//    -[:WITH]->(Person). at = load time minus days and hours.
// -----------------------------------------------------------------------------

// int-0001 .. int-0025: 360 to 235 days ago
UNWIND [
  {id: 'int-0001', name: 'Visit 叶明', rep: 'rep-chen-jie', person: 'p-ye-ming', kind: 'VISIT', days: 360, hours: 4, outcome: 'POSITIVE',
   note: 'Website lead follow-up, shuttle bus servicing'},
  {id: 'int-0002', name: 'Visit 王强', rep: 'rep-li-na', person: 'p-wang-qiang', kind: 'VISIT', days: 350, hours: 4, outcome: 'POSITIVE',
   note: 'Quarterly business review, agreed to widen the contract scope'},
  {id: 'int-0003', name: 'Visit 梁勇', rep: 'rep-zhao-lei', person: 'p-liang-yong', kind: 'VISIT', days: 340, hours: 3, outcome: 'POSITIVE',
   note: 'Annual review of the official vehicle framework'},
  {id: 'int-0004', name: 'Meal 黄志强', rep: 'rep-chen-jie', person: 'p-huang-zhiqiang', kind: 'MEAL', days: 340, hours: 2, outcome: 'POSITIVE',
   note: 'Lunch about the annual servicing contract'},
  {id: 'int-0005', name: 'Visit 张伟', rep: 'rep-li-na', person: 'p-zhang-wei', kind: 'VISIT', days: 330, hours: 5, outcome: 'POSITIVE',
   note: 'Workshop tour with the fleet manager'},
  {id: 'int-0006', name: 'Visit 毛军', rep: 'rep-zhao-lei', person: 'p-mao-jun', kind: 'VISIT', days: 330, hours: 5, outcome: 'POSITIVE',
   note: 'Depot walk-through of garbage trucks and sweepers'},
  {id: 'int-0007', name: 'Visit 赵建国', rep: 'rep-zhao-lei', person: 'p-zhao-jianguo', kind: 'VISIT', days: 330, hours: 4, outcome: 'POSITIVE',
   note: 'Pre-tender meeting on lot 2'},
  {id: 'int-0008', name: 'Visit 肖军', rep: 'rep-zhao-lei', person: 'p-xiao-jun', kind: 'VISIT', days: 320, hours: 5, outcome: 'POSITIVE',
   note: 'Monthly service meeting at the vehicle pool'},
  {id: 'int-0009', name: 'Visit 赖雯', rep: 'rep-chen-jie', person: 'p-lai-wen', kind: 'VISIT', days: 320, hours: 4, outcome: 'POSITIVE',
   note: 'Quarterly review of pre-delivery inspections'},
  {id: 'int-0010', name: 'Visit 阎志勇', rep: 'rep-zhao-lei', person: 'p-yan-zhiyong', kind: 'VISIT', days: 310, hours: 3, outcome: 'POSITIVE',
   note: 'Contract kick-off with the GM'},
  {id: 'int-0011', name: 'Email 朱琳', rep: 'rep-chen-jie', person: 'p-zhu-lin', kind: 'EMAIL', days: 300, hours: 6, outcome: 'NEUTRAL',
   note: 'RFQ from global procurement with strict compliance forms'},
  {id: 'int-0012', name: 'Visit 郭涛', rep: 'rep-chen-jie', person: 'p-guo-tao', kind: 'VISIT', days: 300, hours: 4, outcome: 'POSITIVE',
   note: 'Planned night-shift workshop capacity'},
  {id: 'int-0013', name: 'Visit 何鹏', rep: 'rep-zhao-lei', person: 'p-he-peng', kind: 'VISIT', days: 300, hours: 3, outcome: 'POSITIVE',
   note: 'Workshop audit before the tender'},
  {id: 'int-0014', name: 'Meal 王强', rep: 'rep-li-na', person: 'p-wang-qiang', kind: 'MEAL', days: 298, hours: 2, outcome: 'POSITIVE',
   note: 'Dim sum lunch after the contract signing'},
  {id: 'int-0015', name: 'Call 熊丽', rep: 'rep-zhao-lei', person: 'p-xiong-li', kind: 'CALL', days: 290, hours: 2, outcome: 'NEUTRAL',
   note: 'Contract paperwork and purchase orders'},
  {id: 'int-0016', name: 'Meal 高峰', rep: 'rep-li-na', person: 'p-gao-feng', kind: 'MEAL', days: 280, hours: 2, outcome: 'POSITIVE',
   note: 'Seafood dinner, thanked us for fast reefer repairs'},
  {id: 'int-0017', name: 'Meal 阎志勇', rep: 'rep-zhao-lei', person: 'p-yan-zhiyong', kind: 'MEAL', days: 278, hours: 1, outcome: 'POSITIVE',
   note: 'River-fish dinner after the contract signing'},
  {id: 'int-0018', name: 'Demo 何鹏', rep: 'rep-zhao-lei', person: 'p-he-peng', kind: 'DEMO', days: 260, hours: 4, outcome: 'POSITIVE',
   note: 'Demo of diagnostic equipment for electric buses'},
  {id: 'int-0019', name: 'Demo 克劳斯·贝克', rep: 'rep-chen-jie', person: 'p-klaus-becker', kind: 'DEMO', days: 260, hours: 3, outcome: 'NEUTRAL',
   note: 'Presentation to the MD, he asked for ISO certificates'},
  {id: 'int-0020', name: 'Meal 刘梅', rep: 'rep-li-na', person: 'p-liu-mei', kind: 'MEAL', days: 260, hours: 2, outcome: 'POSITIVE',
   note: 'Lunch with the CFO about payment terms'},
  {id: 'int-0021', name: 'Visit 贾楠', rep: 'rep-li-na', person: 'p-jia-nan', kind: 'VISIT', days: 250, hours: 4, outcome: 'POSITIVE',
   note: 'Intro via PICC, interested in depot-side servicing'},
  {id: 'int-0022', name: 'Gift 唐辉', rep: 'rep-zhao-lei', person: 'p-tang-hui', kind: 'GIFT', days: 245, hours: 3, outcome: 'NEGATIVE',
   note: 'Gift politely refused, reminded us of the integrity rules'},
  {id: 'int-0023', name: 'Visit 齐红', rep: 'rep-zhao-lei', person: 'p-qi-hong', kind: 'VISIT', days: 240, hours: 3, outcome: 'NEUTRAL',
   note: 'Formal quarterly meeting with the deputy GM'},
  {id: 'int-0024', name: 'Meal 赵建国', rep: 'rep-zhao-lei', person: 'p-zhao-jianguo', kind: 'MEAL', days: 238, hours: 2, outcome: 'POSITIVE',
   note: 'Dinner after the lot 2 award'},
  {id: 'int-0025', name: 'Visit 李国华', rep: 'rep-zhao-lei', person: 'p-li-guohua', kind: 'VISIT', days: 235, hours: 2, outcome: 'NEUTRAL',
   note: 'Ten-minute courtesy visit with the chairman after the award'}
] AS i
MATCH (r:SalesRep {id: i.rep})
MATCH (p:Person {id: i.person})
CREATE (r)-[:LOGGED]->(:Interaction {id: i.id, name: i.name, kind: i.kind,
  at: datetime() - duration({days: i.days, hours: i.hours}), outcome: i.outcome, note: i.note})-[:WITH]->(p);

// int-0026 .. int-0050: 230 to 150 days ago
UNWIND [
  {id: 'int-0026', name: 'Gift 王强', rep: 'rep-li-na', person: 'p-wang-qiang', kind: 'GIFT', days: 230, hours: 6, outcome: 'POSITIVE',
   note: 'Mid-Autumn mooncakes and Pu-erh tea'},
  {id: 'int-0027', name: 'Visit 徐敏', rep: 'rep-chen-jie', person: 'p-xu-min', kind: 'VISIT', days: 230, hours: 5, outcome: 'NEUTRAL',
   note: 'Procurement center, went through the tender rules'},
  {id: 'int-0028', name: 'Gift 朱琳', rep: 'rep-chen-jie', person: 'p-zhu-lin', kind: 'GIFT', days: 220, hours: 4, outcome: 'NEGATIVE',
   note: 'Gift returned, company policy forbids gifts'},
  {id: 'int-0029', name: 'Gift 刘梅', rep: 'rep-li-na', person: 'p-liu-mei', kind: 'GIFT', days: 215, hours: 5, outcome: 'POSITIVE',
   note: 'Spring Festival gift basket'},
  {id: 'int-0030', name: 'Visit 黄志强', rep: 'rep-chen-jie', person: 'p-huang-zhiqiang', kind: 'VISIT', days: 215, hours: 3, outcome: 'POSITIVE',
   note: 'Signed the taxi fleet servicing contract'},
  {id: 'int-0031', name: 'Gift 田中宏', rep: 'rep-chen-jie', person: 'p-tanaka-hiroshi', kind: 'GIFT', days: 200, hours: 5, outcome: 'POSITIVE',
   note: 'New Year gift, a bottle of sake'},
  {id: 'int-0032', name: 'Social event 郑华', rep: 'rep-zhao-lei', person: 'p-zheng-hua', kind: 'SOCIAL_EVENT', days: 200, hours: 4, outcome: 'NEUTRAL',
   note: 'Spring Festival reception, a brief handshake'},
  {id: 'int-0033', name: 'Demo 贾楠', rep: 'rep-li-na', person: 'p-jia-nan', kind: 'DEMO', days: 200, hours: 3, outcome: 'POSITIVE',
   note: 'Demo of the mobile service van at the depot'},
  {id: 'int-0034', name: 'Call 赵建国', rep: 'rep-zhao-lei', person: 'p-zhao-jianguo', kind: 'CALL', days: 200, hours: 3, outcome: 'NEGATIVE',
   note: 'Lot 1 brakes went to Yutong Service'},
  {id: 'int-0035', name: 'Call 康健', rep: 'rep-zhao-lei', person: 'p-kang-jian', kind: 'CALL', days: 200, hours: 3, outcome: 'NEUTRAL',
   note: 'Follow-up after the annual meeting'},
  {id: 'int-0036', name: 'Call 郭涛', rep: 'rep-chen-jie', person: 'p-guo-tao', kind: 'CALL', days: 200, hours: 2, outcome: 'NEGATIVE',
   note: 'Complaint about waiting times'},
  {id: 'int-0037', name: 'Visit 高峰', rep: 'rep-li-na', person: 'p-gao-feng', kind: 'VISIT', days: 190, hours: 3, outcome: 'POSITIVE',
   note: 'Signed the reefer maintenance contract'},
  {id: 'int-0038', name: 'Email 林萍', rep: 'rep-chen-jie', person: 'p-lin-ping', kind: 'EMAIL', days: 180, hours: 6, outcome: 'NEUTRAL',
   note: 'Invoice reconciliation'},
  {id: 'int-0039', name: 'Favor 毛军', rep: 'rep-zhao-lei', person: 'p-mao-jun', kind: 'FAVOR', days: 175, hours: 8, outcome: 'POSITIVE',
   note: 'Emergency repair of six garbage trucks in typhoon week'},
  {id: 'int-0040', name: 'Email 常杰', rep: 'rep-chen-jie', person: 'p-chang-jie', kind: 'EMAIL', days: 172, hours: 6, outcome: 'NEUTRAL',
   note: 'Pre-delivery inspection quotation'},
  {id: 'int-0041', name: 'Gift 黄志强', rep: 'rep-chen-jie', person: 'p-huang-zhiqiang', kind: 'GIFT', days: 170, hours: 5, outcome: 'POSITIVE',
   note: 'Mid-Autumn gift, Fujian oolong tea'},
  {id: 'int-0042', name: 'Visit 吴燕', rep: 'rep-li-na', person: 'p-wu-yan', kind: 'VISIT', days: 170, hours: 4, outcome: 'POSITIVE',
   note: 'Service review, she is satisfied'},
  {id: 'int-0043', name: 'Meal 梁勇', rep: 'rep-zhao-lei', person: 'p-liang-yong', kind: 'MEAL', days: 170, hours: 1, outcome: 'POSITIVE',
   note: 'Working lunch about new-energy official cars'},
  {id: 'int-0044', name: 'Meal 赖雯', rep: 'rep-chen-jie', person: 'p-lai-wen', kind: 'MEAL', days: 165, hours: 1, outcome: 'POSITIVE',
   note: 'Japanese dinner with the fleet operations manager'},
  {id: 'int-0045', name: 'Favor 张伟', rep: 'rep-li-na', person: 'p-zhang-wei', kind: 'FAVOR', days: 160, hours: 4, outcome: 'POSITIVE',
   note: 'Same-day repair of his private car'},
  {id: 'int-0046', name: 'Visit 康健', rep: 'rep-zhao-lei', person: 'p-kang-jian', kind: 'VISIT', days: 160, hours: 4, outcome: 'NEUTRAL',
   note: 'Group framework idea, long timeline'},
  {id: 'int-0047', name: 'Visit 田中宏', rep: 'rep-chen-jie', person: 'p-tanaka-hiroshi', kind: 'VISIT', days: 160, hours: 3, outcome: 'NEUTRAL',
   note: 'Annual review with the GM, wants English invoices'},
  {id: 'int-0048', name: 'Visit 孙丽', rep: 'rep-li-na', person: 'p-sun-li', kind: 'VISIT', days: 152, hours: 3, outcome: 'POSITIVE',
   note: 'Negotiated the tyre program terms'},
  {id: 'int-0049', name: 'Email 莫丽', rep: 'rep-li-na', person: 'p-mo-li', kind: 'EMAIL', days: 150, hours: 6, outcome: 'NEUTRAL',
   note: 'Submitted the tender documents'},
  {id: 'int-0050', name: 'Gift 高峰', rep: 'rep-li-na', person: 'p-gao-feng', kind: 'GIFT', days: 150, hours: 5, outcome: 'POSITIVE',
   note: 'Mid-Autumn gift, a bottle of wine'}
] AS i
MATCH (r:SalesRep {id: i.rep})
MATCH (p:Person {id: i.person})
CREATE (r)-[:LOGGED]->(:Interaction {id: i.id, name: i.name, kind: i.kind,
  at: datetime() - duration({days: i.days, hours: i.hours}), outcome: i.outcome, note: i.note})-[:WITH]->(p);

// int-0051 .. int-0075: 150 to 100 days ago
UNWIND [
  {id: 'int-0051', name: 'Favor 杨帆', rep: 'rep-chen-jie', person: 'p-yang-fan', kind: 'FAVOR', days: 150, hours: 5, outcome: 'POSITIVE',
   note: 'Priority slot for his taxi during the peak week'},
  {id: 'int-0052', name: 'Call 朱琳', rep: 'rep-chen-jie', person: 'p-zhu-lin', kind: 'CALL', days: 150, hours: 2, outcome: 'NEGATIVE',
   note: 'Lost to Baocheng on price and certification'},
  {id: 'int-0053', name: 'Meal 何鹏', rep: 'rep-zhao-lei', person: 'p-he-peng', kind: 'MEAL', days: 150, hours: 1, outcome: 'POSITIVE',
   note: 'Dinner with the maintenance department'},
  {id: 'int-0054', name: 'Visit 傅强', rep: 'rep-chen-jie', person: 'p-fu-qiang', kind: 'VISIT', days: 148, hours: 4, outcome: 'NEUTRAL',
   note: 'Price-sensitive, compares us with roadside shops'},
  {id: 'int-0055', name: 'Email 曾丽', rep: 'rep-chen-jie', person: 'p-zeng-li', kind: 'EMAIL', days: 140, hours: 6, outcome: 'NEUTRAL',
   note: 'Sent a package quote for 40 training cars'},
  {id: 'int-0056', name: 'Call 王强', rep: 'rep-li-na', person: 'p-wang-qiang', kind: 'CALL', days: 140, hours: 3, outcome: 'NEUTRAL',
   note: 'Tyre program pricing, he wants a better rate'},
  {id: 'int-0057', name: 'Demo 赖雯', rep: 'rep-chen-jie', person: 'p-lai-wen', kind: 'DEMO', days: 140, hours: 2, outcome: 'POSITIVE',
   note: 'Demo of the online booking portal for rental returns'},
  {id: 'int-0058', name: 'Meal 陆刚', rep: 'rep-zhao-lei', person: 'p-lu-gang', kind: 'MEAL', days: 140, hours: 1, outcome: 'POSITIVE',
   note: 'Lunch with model driver Lu Gang'},
  {id: 'int-0059', name: 'Favor 黄志强', rep: 'rep-chen-jie', person: 'p-huang-zhiqiang', kind: 'FAVOR', days: 130, hours: 7, outcome: 'POSITIVE',
   note: 'Urgent repair of his own car before his daughter wedding'},
  {id: 'int-0060', name: 'Meal 耿大伟', rep: 'rep-zhao-lei', person: 'p-geng-dawei', kind: 'MEAL', days: 130, hours: 1, outcome: 'POSITIVE',
   note: 'Lunch with the truck drivers'},
  {id: 'int-0061', name: 'Visit 卢建军', rep: 'rep-zhao-lei', person: 'p-lu-jianjun', kind: 'VISIT', days: 125, hours: 3, outcome: 'POSITIVE',
   note: 'Intro visit, referred by Gao Feng'},
  {id: 'int-0062', name: 'Visit 侯艳', rep: 'rep-zhao-lei', person: 'p-hou-yan', kind: 'VISIT', days: 120, hours: 5, outcome: 'POSITIVE',
   note: 'Reviewed the asset register, 95 vehicles across subsidiaries'},
  {id: 'int-0063', name: 'Visit 肖军', rep: 'rep-zhao-lei', person: 'p-xiao-jun', kind: 'VISIT', days: 120, hours: 4, outcome: 'POSITIVE',
   note: 'Delivered the annual inspection package'},
  {id: 'int-0064', name: 'Favor 马东', rep: 'rep-li-na', person: 'p-ma-dong', kind: 'FAVOR', days: 120, hours: 2, outcome: 'POSITIVE',
   note: 'Found an apprenticeship in our workshop for his son'},
  {id: 'int-0065', name: 'Visit 夏宇', rep: 'rep-li-na', person: 'p-xia-yu', kind: 'VISIT', days: 120, hours: 2, outcome: 'NEUTRAL',
   note: 'Pitch to the regional GM, all about price'},
  {id: 'int-0066', name: 'Meal 毛军', rep: 'rep-zhao-lei', person: 'p-mao-jun', kind: 'MEAL', days: 120, hours: 1, outcome: 'POSITIVE',
   note: 'Spicy-fish dinner with the vehicle support team'},
  {id: 'int-0067', name: 'Call 黄志强', rep: 'rep-chen-jie', person: 'p-huang-zhiqiang', kind: 'CALL', days: 115, hours: 2, outcome: 'NEGATIVE',
   note: 'Upset about the paint package price, went to QuickFix'},
  {id: 'int-0068', name: 'Favor 高峰', rep: 'rep-li-na', person: 'p-gao-feng', kind: 'FAVOR', days: 110, hours: 6, outcome: 'POSITIVE',
   note: 'Loaned him a service van during his peak season'},
  {id: 'int-0069', name: 'Favor 潘涛', rep: 'rep-zhao-lei', person: 'p-pan-tao', kind: 'FAVOR', days: 110, hours: 6, outcome: 'POSITIVE',
   note: 'Fixed his motorbike on a Saturday'},
  {id: 'int-0070', name: 'Email 董琳', rep: 'rep-zhao-lei', person: 'p-dong-lin', kind: 'EMAIL', days: 105, hours: 7, outcome: 'NEUTRAL',
   note: 'Registration on the government procurement platform'},
  {id: 'int-0071', name: 'Call 陈晓雨', rep: 'rep-li-na', person: 'p-chen-xiaoyu', kind: 'CALL', days: 100, hours: 6, outcome: 'NEUTRAL',
   note: 'Booked a meeting slot with the GM'},
  {id: 'int-0072', name: 'Favor 何鹏', rep: 'rep-zhao-lei', person: 'p-he-peng', kind: 'FAVOR', days: 100, hours: 6, outcome: 'POSITIVE',
   note: 'Lent a specialist technician during the summer peak'},
  {id: 'int-0073', name: 'Visit 林萍', rep: 'rep-chen-jie', person: 'p-lin-ping', kind: 'VISIT', days: 100, hours: 3, outcome: 'NEGATIVE',
   note: 'She disputed two invoices'},
  {id: 'int-0074', name: 'Meal 卢建军', rep: 'rep-zhao-lei', person: 'p-lu-jianjun', kind: 'MEAL', days: 100, hours: 1, outcome: 'POSITIVE',
   note: 'Farmhouse lunch near the batching plant'},
  {id: 'int-0075', name: 'Meal 杨帆', rep: 'rep-chen-jie', person: 'p-yang-fan', kind: 'MEAL', days: 100, hours: 1, outcome: 'POSITIVE',
   note: 'Breakfast with the driver representatives'}
] AS i
MATCH (r:SalesRep {id: i.rep})
MATCH (p:Person {id: i.person})
CREATE (r)-[:LOGGED]->(:Interaction {id: i.id, name: i.name, kind: i.kind,
  at: datetime() - duration({days: i.days, hours: i.hours}), outcome: i.outcome, note: i.note})-[:WITH]->(p);

// int-0076 .. int-0100: 95 to 50 days ago
UNWIND [
  {id: 'int-0076', name: 'Social event 王强', rep: 'rep-li-na', person: 'p-wang-qiang', kind: 'SOCIAL_EVENT', days: 95, hours: 5, outcome: 'POSITIVE',
   note: 'Golf day of the logistics association'},
  {id: 'int-0077', name: 'Social event 高峰', rep: 'rep-li-na', person: 'p-gao-feng', kind: 'SOCIAL_EVENT', days: 95, hours: 5, outcome: 'POSITIVE',
   note: 'Golf day of the logistics association'},
  {id: 'int-0078', name: 'Visit 冯小军', rep: 'rep-zhao-lei', person: 'p-feng-xiaojun', kind: 'VISIT', days: 95, hours: 4, outcome: 'NEUTRAL',
   note: 'Workshop coordination for the air-con overhaul'},
  {id: 'int-0079', name: 'Email 邵斌', rep: 'rep-zhao-lei', person: 'p-shao-bin', kind: 'EMAIL', days: 90, hours: 6, outcome: 'NEUTRAL',
   note: 'Supplier pool application submitted'},
  {id: 'int-0080', name: 'Social event 梁勇', rep: 'rep-zhao-lei', person: 'p-liang-yong', kind: 'SOCIAL_EVENT', days: 90, hours: 4, outcome: 'POSITIVE',
   note: 'Dinner after the municipal fleet work meeting'},
  {id: 'int-0081', name: 'Call 莫丽', rep: 'rep-li-na', person: 'p-mo-li', kind: 'CALL', days: 90, hours: 3, outcome: 'NEGATIVE',
   note: 'Our bid is 15 percent above the lowest'},
  {id: 'int-0082', name: 'Gift 陆刚', rep: 'rep-zhao-lei', person: 'p-lu-gang', kind: 'GIFT', days: 85, hours: 4, outcome: 'POSITIVE',
   note: 'Congratulation gift for his model-worker award'},
  {id: 'int-0083', name: 'Gift 毛军', rep: 'rep-zhao-lei', person: 'p-mao-jun', kind: 'GIFT', days: 80, hours: 5, outcome: 'POSITIVE',
   note: 'Mid-Autumn gift, a fishing reel'},
  {id: 'int-0084', name: 'Visit 孔伟', rep: 'rep-zhao-lei', person: 'p-kong-wei', kind: 'VISIT', days: 80, hours: 4, outcome: 'POSITIVE',
   note: 'Inspected the mixer trucks with the team lead'},
  {id: 'int-0085', name: 'Social event 黄志强', rep: 'rep-chen-jie', person: 'p-huang-zhiqiang', kind: 'SOCIAL_EVENT', days: 80, hours: 4, outcome: 'POSITIVE',
   note: 'Karaoke night with taxi company managers'},
  {id: 'int-0086', name: 'Visit 曹阳', rep: 'rep-li-na', person: 'p-cao-yang', kind: 'VISIT', days: 78, hours: 4, outcome: 'NEUTRAL',
   note: 'First meeting via Huatong Tyres, he wants references'},
  {id: 'int-0087', name: 'Call 钱波', rep: 'rep-li-na', person: 'p-qian-bo', kind: 'CALL', days: 75, hours: 1, outcome: 'NEUTRAL',
   note: 'Reported repeated compressor faults on two trucks'},
  {id: 'int-0088', name: 'Meal 潘涛', rep: 'rep-zhao-lei', person: 'p-pan-tao', kind: 'MEAL', days: 75, hours: 1, outcome: 'POSITIVE',
   note: 'Lunch, the director prefers local suppliers'},
  {id: 'int-0089', name: 'Visit 阎志勇', rep: 'rep-zhao-lei', person: 'p-yan-zhiyong', kind: 'VISIT', days: 70, hours: 4, outcome: 'POSITIVE',
   note: 'Annual review, discussed next year contract'},
  {id: 'int-0090', name: 'Call 温涛', rep: 'rep-chen-jie', person: 'p-wen-tao', kind: 'CALL', days: 70, hours: 2, outcome: 'NEUTRAL',
   note: 'Clutch wear complaints, he will talk to the owner'},
  {id: 'int-0091', name: 'Meal 张伟', rep: 'rep-li-na', person: 'p-zhang-wei', kind: 'MEAL', days: 70, hours: 1, outcome: 'POSITIVE',
   note: 'Hotpot with the fleet team'},
  {id: 'int-0092', name: 'Call 贾楠', rep: 'rep-li-na', person: 'p-jia-nan', kind: 'CALL', days: 68, hours: 4, outcome: 'NEGATIVE',
   note: 'They chose QuickFix Chain on price'},
  {id: 'int-0093', name: 'Visit 钱波', rep: 'rep-li-na', person: 'p-qian-bo', kind: 'VISIT', days: 65, hours: 5, outcome: 'POSITIVE',
   note: 'Fixed the compressor issue on site'},
  {id: 'int-0094', name: 'Meal 万里', rep: 'rep-zhao-lei', person: 'p-wan-li', kind: 'MEAL', days: 65, hours: 1, outcome: 'POSITIVE',
   note: 'Lunch with the dispatcher, learned the org chart and who matters'},
  {id: 'int-0095', name: 'Meal 秦海', rep: 'rep-li-na', person: 'p-qin-hai', kind: 'MEAL', days: 62, hours: 1, outcome: 'POSITIVE',
   note: 'Lunch with the GM driver, the GM values safety records'},
  {id: 'int-0096', name: 'Social event 赖雯', rep: 'rep-chen-jie', person: 'p-lai-wen', kind: 'SOCIAL_EVENT', days: 60, hours: 7, outcome: 'POSITIVE',
   note: 'Car club weekend drive'},
  {id: 'int-0097', name: 'Meal 马东', rep: 'rep-li-na', person: 'p-ma-dong', kind: 'MEAL', days: 60, hours: 1, outcome: 'POSITIVE',
   note: 'Noodles after the night shift, GM unhappy with another towing supplier'},
  {id: 'int-0098', name: 'Visit 赵建国', rep: 'rep-zhao-lei', person: 'p-zhao-jianguo', kind: 'VISIT', days: 55, hours: 5, outcome: 'POSITIVE',
   note: 'Scope of the e-bus battery inspection'},
  {id: 'int-0099', name: 'Demo 曹阳', rep: 'rep-li-na', person: 'p-cao-yang', kind: 'DEMO', days: 55, hours: 2, outcome: 'POSITIVE',
   note: 'Demo of the mobile repair van for machinery'},
  {id: 'int-0100', name: 'Demo 张伟', rep: 'rep-li-na', person: 'p-zhang-wei', kind: 'DEMO', days: 50, hours: 3, outcome: 'POSITIVE',
   note: 'Demo of online maintenance booking and the fleet dashboard'}
] AS i
MATCH (r:SalesRep {id: i.rep})
MATCH (p:Person {id: i.person})
CREATE (r)-[:LOGGED]->(:Interaction {id: i.id, name: i.name, kind: i.kind,
  at: datetime() - duration({days: i.days, hours: i.hours}), outcome: i.outcome, note: i.note})-[:WITH]->(p);

// int-0101 .. int-0125: 50 to 25 days ago
UNWIND [
  {id: 'int-0101', name: 'Call 顾欣', rep: 'rep-zhao-lei', person: 'p-gu-xin', kind: 'CALL', days: 50, hours: 2, outcome: 'NEUTRAL',
   note: 'Chairman schedule full until next quarter'},
  {id: 'int-0102', name: 'Demo 毛军', rep: 'rep-zhao-lei', person: 'p-mao-jun', kind: 'DEMO', days: 48, hours: 3, outcome: 'POSITIVE',
   note: 'Hydraulic diagnostics demo'},
  {id: 'int-0103', name: 'Visit 宋文斌', rep: 'rep-li-na', person: 'p-song-wenbin', kind: 'VISIT', days: 45, hours: 5, outcome: 'NEUTRAL',
   note: 'Courtesy visit arranged by Wang Qiang, polite but busy'},
  {id: 'int-0104', name: 'Call 卢建军', rep: 'rep-zhao-lei', person: 'p-lu-jianjun', kind: 'CALL', days: 45, hours: 2, outcome: 'NEUTRAL',
   note: 'Cash flow is tight, may postpone'},
  {id: 'int-0105', name: 'Meal 郭涛', rep: 'rep-chen-jie', person: 'p-guo-tao', kind: 'MEAL', days: 45, hours: 1, outcome: 'POSITIVE',
   note: 'Late-night noodles after the shift change'},
  {id: 'int-0106', name: 'Visit 田静', rep: 'rep-chen-jie', person: 'p-tian-jing', kind: 'VISIT', days: 42, hours: 4, outcome: 'POSITIVE',
   note: 'First visit via the Sanitation Group, two ambulances off the road'},
  {id: 'int-0107', name: 'Email 韩雪', rep: 'rep-li-na', person: 'p-han-xue', kind: 'EMAIL', days: 40, hours: 6, outcome: 'NEUTRAL',
   note: 'Requested the supplier registration forms'},
  {id: 'int-0108', name: 'Email 卢小曼', rep: 'rep-zhao-lei', person: 'p-lu-xiaoman', kind: 'EMAIL', days: 40, hours: 6, outcome: 'NEUTRAL',
   note: 'Sent a flexible monthly payment plan'},
  {id: 'int-0109', name: 'Demo 肖军', rep: 'rep-zhao-lei', person: 'p-xiao-jun', kind: 'DEMO', days: 40, hours: 3, outcome: 'POSITIVE',
   note: 'Demo of our EV diagnostic bay'},
  {id: 'int-0110', name: 'Call 叶明', rep: 'rep-chen-jie', person: 'p-ye-ming', kind: 'CALL', days: 40, hours: 3, outcome: 'NEUTRAL',
   note: 'Keep-warm call, the Baocheng contract ends next year'},
  {id: 'int-0111', name: 'Meal 王强', rep: 'rep-li-na', person: 'p-wang-qiang', kind: 'MEAL', days: 40, hours: 1, outcome: 'POSITIVE',
   note: 'Tea-house dinner, renewal is ours if turnaround stays under 48h'},
  {id: 'int-0112', name: 'Meal 石磊', rep: 'rep-chen-jie', person: 'p-shi-lei', kind: 'MEAL', days: 38, hours: 1, outcome: 'POSITIVE',
   note: 'Lunch with the ambulance drivers, recurring brake issues'},
  {id: 'int-0113', name: 'Visit 彭磊', rep: 'rep-li-na', person: 'p-peng-lei', kind: 'VISIT', days: 35, hours: 4, outcome: 'POSITIVE',
   note: 'Site visit at the metro project, machinery downtime is the pain point'},
  {id: 'int-0114', name: 'Gift 陈晓雨', rep: 'rep-li-na', person: 'p-chen-xiaoyu', kind: 'GIFT', days: 35, hours: 3, outcome: 'POSITIVE',
   note: 'Small thank-you gift for the scheduling help'},
  {id: 'int-0115', name: 'Call 傅强', rep: 'rep-chen-jie', person: 'p-fu-qiang', kind: 'CALL', days: 35, hours: 3, outcome: 'NEGATIVE',
   note: 'Still no budget this quarter'},
  {id: 'int-0116', name: 'Social event 何鹏', rep: 'rep-zhao-lei', person: 'p-he-peng', kind: 'SOCIAL_EVENT', days: 35, hours: 2, outcome: 'POSITIVE',
   note: 'Badminton tournament of the maintenance teams'},
  {id: 'int-0117', name: 'Gift 马东', rep: 'rep-li-na', person: 'p-ma-dong', kind: 'GIFT', days: 30, hours: 5, outcome: 'POSITIVE',
   note: 'Thermos flasks and winter gloves for the driver team'},
  {id: 'int-0118', name: 'Call 邵斌', rep: 'rep-zhao-lei', person: 'p-shao-bin', kind: 'CALL', days: 30, hours: 3, outcome: 'NEGATIVE',
   note: 'Supplier pool postponed to next year'},
  {id: 'int-0119', name: 'Demo 田静', rep: 'rep-chen-jie', person: 'p-tian-jing', kind: 'DEMO', days: 30, hours: 3, outcome: 'POSITIVE',
   note: 'Demo of the 24h emergency repair service'},
  {id: 'int-0120', name: 'Call 梁勇', rep: 'rep-zhao-lei', person: 'p-liang-yong', kind: 'CALL', days: 30, hours: 2, outcome: 'POSITIVE',
   note: 'New-energy servicing plan, asked for a proposal'},
  {id: 'int-0121', name: 'Meal 曹阳', rep: 'rep-li-na', person: 'p-cao-yang', kind: 'MEAL', days: 30, hours: 1, outcome: 'POSITIVE',
   note: 'Dinner, walked through the evaluation criteria'},
  {id: 'int-0122', name: 'Favor 秦海', rep: 'rep-li-na', person: 'p-qin-hai', kind: 'FAVOR', days: 28, hours: 3, outcome: 'POSITIVE',
   note: 'Free check-up of his family car'},
  {id: 'int-0123', name: 'Gift 杨帆', rep: 'rep-chen-jie', person: 'p-yang-fan', kind: 'GIFT', days: 25, hours: 4, outcome: 'POSITIVE',
   note: 'Seat cushions and air fresheners for the drivers'},
  {id: 'int-0124', name: 'Call 刘梅', rep: 'rep-li-na', person: 'p-liu-mei', kind: 'CALL', days: 25, hours: 2, outcome: 'NEUTRAL',
   note: 'Asked for next year budget, she stayed noncommittal'},
  {id: 'int-0125', name: 'Visit 于清', rep: 'rep-chen-jie', person: 'p-yu-qing', kind: 'VISIT', days: 25, hours: 2, outcome: 'POSITIVE',
   note: 'Meeting with the VP Logistics, wants a 24h response SLA'}
] AS i
MATCH (r:SalesRep {id: i.rep})
MATCH (p:Person {id: i.person})
CREATE (r)-[:LOGGED]->(:Interaction {id: i.id, name: i.name, kind: i.kind,
  at: datetime() - duration({days: i.days, hours: i.hours}), outcome: i.outcome, note: i.note})-[:WITH]->(p);

// int-0126 .. int-0145: 22 to 5 days ago
UNWIND [
  {id: 'int-0126', name: 'Demo 吴燕', rep: 'rep-li-na', person: 'p-wu-yan', kind: 'DEMO', days: 22, hours: 3, outcome: 'POSITIVE',
   note: 'Demo of telematics-based predictive maintenance'},
  {id: 'int-0127', name: 'Call 白露', rep: 'rep-chen-jie', person: 'p-bai-lu', kind: 'CALL', days: 22, hours: 2, outcome: 'POSITIVE',
   note: 'Tip: 20 new cars arriving next month'},
  {id: 'int-0128', name: 'Favor 石磊', rep: 'rep-chen-jie', person: 'p-shi-lei', kind: 'FAVOR', days: 20, hours: 9, outcome: 'POSITIVE',
   note: 'Fixed a siren fault for free at night'},
  {id: 'int-0129', name: 'Call 孙丽', rep: 'rep-li-na', person: 'p-sun-li', kind: 'CALL', days: 20, hours: 4, outcome: 'NEUTRAL',
   note: 'Renewal needs three quotes, procurement process explained'},
  {id: 'int-0130', name: 'Call 董琳', rep: 'rep-zhao-lei', person: 'p-dong-lin', kind: 'CALL', days: 20, hours: 3, outcome: 'NEUTRAL',
   note: 'Procurement timeline for new-energy servicing'},
  {id: 'int-0131', name: 'Social event 宋文斌', rep: 'rep-li-na', person: 'p-song-wenbin', kind: 'SOCIAL_EVENT', days: 18, hours: 2, outcome: 'POSITIVE',
   note: 'Same table at the chamber of commerce dinner'},
  {id: 'int-0132', name: 'Social event 毛军', rep: 'rep-zhao-lei', person: 'p-mao-jun', kind: 'SOCIAL_EVENT', days: 15, hours: 6, outcome: 'POSITIVE',
   note: 'Weekend fishing trip'},
  {id: 'int-0133', name: 'Visit 黄志强', rep: 'rep-chen-jie', person: 'p-huang-zhiqiang', kind: 'VISIT', days: 15, hours: 3, outcome: 'POSITIVE',
   note: 'Renewal talk, satisfied with the CNG checks'},
  {id: 'int-0134', name: 'Call 韩雪', rep: 'rep-li-na', person: 'p-han-xue', kind: 'CALL', days: 15, hours: 2, outcome: 'NEGATIVE',
   note: 'Our quote is 12 percent above her budget line'},
  {id: 'int-0135', name: 'Call 雷鸣', rep: 'rep-li-na', person: 'p-lei-ming', kind: 'CALL', days: 14, hours: 2, outcome: 'POSITIVE',
   note: 'Driver says the new supplier keeps vans waiting for days'},
  {id: 'int-0136', name: 'Call 方燕', rep: 'rep-chen-jie', person: 'p-fang-yan', kind: 'CALL', days: 14, hours: 2, outcome: 'NEUTRAL',
   note: 'Tried to book the president, postponed'},
  {id: 'int-0137', name: 'Visit 王强', rep: 'rep-li-na', person: 'p-wang-qiang', kind: 'VISIT', days: 12, hours: 3, outcome: 'POSITIVE',
   note: 'Presented the renewal proposal for next year'},
  {id: 'int-0138', name: 'Call 耿大伟', rep: 'rep-zhao-lei', person: 'p-geng-dawei', kind: 'CALL', days: 12, hours: 2, outcome: 'POSITIVE',
   note: 'Tip: the tender for next year contract is being drafted'},
  {id: 'int-0139', name: 'Email 于清', rep: 'rep-chen-jie', person: 'p-yu-qing', kind: 'EMAIL', days: 10, hours: 5, outcome: 'NEUTRAL',
   note: 'Sent the SLA draft'},
  {id: 'int-0140', name: 'Call 高峰', rep: 'rep-li-na', person: 'p-gao-feng', kind: 'CALL', days: 10, hours: 2, outcome: 'POSITIVE',
   note: 'Thanked him for referring Kaiyuan'},
  {id: 'int-0141', name: 'Call 田静', rep: 'rep-chen-jie', person: 'p-tian-jing', kind: 'CALL', days: 9, hours: 3, outcome: 'POSITIVE',
   note: 'She asked for a formal quotation'},
  {id: 'int-0142', name: 'Call 张伟', rep: 'rep-li-na', person: 'p-zhang-wei', kind: 'CALL', days: 8, hours: 2, outcome: 'POSITIVE',
   note: 'Confirmed downtime figures for the renewal proposal'},
  {id: 'int-0143', name: 'Call 何鹏', rep: 'rep-zhao-lei', person: 'p-he-peng', kind: 'CALL', days: 7, hours: 3, outcome: 'POSITIVE',
   note: 'Confirmed the specs for the battery inspection tender'},
  {id: 'int-0144', name: 'Call 曹阳', rep: 'rep-li-na', person: 'p-cao-yang', kind: 'CALL', days: 6, hours: 3, outcome: 'NEUTRAL',
   note: 'Tender timeline, shortlist due soon'},
  {id: 'int-0145', name: 'Call 贾楠', rep: 'rep-li-na', person: 'p-jia-nan', kind: 'CALL', days: 5, hours: 3, outcome: 'NEUTRAL',
   note: 'Keep-warm call, quality issues with the new supplier'}
] AS i
MATCH (r:SalesRep {id: i.rep})
MATCH (p:Person {id: i.person})
CREATE (r)-[:LOGGED]->(:Interaction {id: i.id, name: i.name, kind: i.kind,
  at: datetime() - duration({days: i.days, hours: i.hours}), outcome: i.outcome, note: i.note})-[:WITH]->(p);

// -----------------------------------------------------------------------------
// 7. Deals (Deal)-[:FOR]->(Account), amounts in CNY.
//    Revenue of an account = sum of its WON deals: a few accounts hold most of it.
// -----------------------------------------------------------------------------

// won deals
UNWIND [
  {id: 'deal-0001', account: 'acc-shunda', name: 'Accident repair framework (first contract)', amount: 950000.0, opened: 560, closed: 500},
  {id: 'deal-0002', account: 'acc-hengtong', name: 'Tail-lift repairs', amount: 75000.0, opened: 470, closed: 450},
  {id: 'deal-0003', account: 'acc-city-gov', name: 'Official vehicle service framework', amount: 480000.0, opened: 380, closed: 330},
  {id: 'deal-0004', account: 'acc-shunda', name: 'Fleet maintenance contract', amount: 1200000.0, opened: 360, closed: 300},
  {id: 'deal-0005', account: 'acc-city-bus', name: 'Bus fleet maintenance tender lot 2', amount: 1800000.0, opened: 330, closed: 240},
  {id: 'deal-0006', account: 'acc-sanitation', name: 'Sanitation truck maintenance contract', amount: 1350000.0, opened: 320, closed: 280},
  {id: 'deal-0007', account: 'acc-jinlong-taxi', name: 'Taxi fleet servicing contract', amount: 560000.0, opened: 240, closed: 210},
  {id: 'deal-0008', account: 'acc-hengtong', name: 'Reefer unit maintenance', amount: 310000.0, opened: 200, closed: 180},
  {id: 'deal-0009', account: 'acc-shunda', name: 'Tyre replacement program', amount: 380000.0, opened: 185, closed: 150},
  {id: 'deal-0010', account: 'acc-sakura', name: 'Rental fleet pre-delivery inspections', amount: 220000.0, opened: 175, closed: 160},
  {id: 'deal-0011', account: 'acc-city-gov', name: 'Annual inspection package', amount: 120000.0, opened: 130, closed: 100},
  {id: 'deal-0012', account: 'acc-city-bus', name: 'Air-con overhaul before summer', amount: 420000.0, opened: 120, closed: 90},
  {id: 'deal-0013', account: 'acc-sanitation', name: 'Hydraulic system repairs', amount: 260000.0, opened: 75, closed: 60},
  {id: 'deal-0014', account: 'acc-jinlong-taxi', name: 'CNG system checks', amount: 90000.0, opened: 60, closed: 40},
  {id: 'deal-0015', account: 'acc-sakura', name: 'Accident repairs via Ping An', amount: 130000.0, opened: 35, closed: 20}
] AS d
MATCH (a:Account {id: d.account})
CREATE (:Deal {id: d.id, name: d.name, amount: d.amount, status: 'WON', openedAt: date() - duration({days: d.opened}),
  closedAt: date() - duration({days: d.closed})})-[:FOR]->(a);

// lost deals (lostTo = competitor)
UNWIND [
  {id: 'deal-0016', account: 'acc-defike', name: 'Shuttle bus and company car servicing', amount: 240000.0, opened: 340, closed: 150, lostTo: '宝诚汽修 Baocheng Auto Service'},
  {id: 'deal-0017', account: 'acc-city-bus', name: 'Brake system tender lot 1', amount: 900000.0, opened: 330, closed: 200, lostTo: '宇通服务 Yutong Service'},
  {id: 'deal-0018', account: 'acc-yuntong', name: 'Van fleet maintenance tender', amount: 1100000.0, opened: 230, closed: 68, lostTo: '快修侠 QuickFix Chain'},
  {id: 'deal-0019', account: 'acc-jinlong-taxi', name: 'Body shop and paint package', amount: 150000.0, opened: 140, closed: 115, lostTo: '快修侠 QuickFix Chain'}
] AS d
MATCH (a:Account {id: d.account})
CREATE (:Deal {id: d.id, name: d.name, amount: d.amount, status: 'LOST', openedAt: date() - duration({days: d.opened}),
  closedAt: date() - duration({days: d.closed}), lostTo: d.lostTo})-[:FOR]->(a);

// open deals
UNWIND [
  {id: 'deal-0020', account: 'acc-jiaotou', name: 'Group fleet framework agreement', amount: 2000000.0, opened: 160, expectedIn: 200},
  {id: 'deal-0021', account: 'acc-xinyuan-school', name: 'Training car maintenance package', amount: 120000.0, opened: 140, expectedIn: 150},
  {id: 'deal-0022', account: 'acc-kaiyuan', name: 'Mixer truck servicing', amount: 80000.0, opened: 100, expectedIn: 120},
  {id: 'deal-0023', account: 'acc-sanitation', name: 'Sanitation fleet contract renewal', amount: 1400000.0, opened: 70, expectedIn: 90},
  {id: 'deal-0024', account: 'acc-huajian', name: 'Construction machinery and truck maintenance', amount: 900000.0, opened: 60, expectedIn: 40},
  {id: 'deal-0025', account: 'acc-city-bus', name: 'E-bus battery inspection', amount: 650000.0, opened: 55, expectedIn: 60},
  {id: 'deal-0026', account: 'acc-huajian', name: 'Metro project shuttle bus servicing', amount: 180000.0, opened: 35, expectedIn: 75},
  {id: 'deal-0027', account: 'acc-shunda', name: 'Fleet maintenance contract renewal', amount: 1500000.0, opened: 30, expectedIn: 45},
  {id: 'deal-0028', account: 'acc-city-gov', name: 'New-energy official car servicing', amount: 300000.0, opened: 30, expectedIn: 30},
  {id: 'deal-0029', account: 'acc-central-hospital', name: 'Ambulance fleet maintenance', amount: 260000.0, opened: 30, expectedIn: 20},
  {id: 'deal-0030', account: 'acc-hengtong', name: 'Cold-chain fleet maintenance renewal', amount: 350000.0, opened: 22, expectedIn: 50},
  {id: 'deal-0031', account: 'acc-sakura', name: 'Pre-delivery inspections for 20 new cars', amount: 60000.0, opened: 22, expectedIn: 25}
] AS d
MATCH (a:Account {id: d.account})
CREATE (:Deal {id: d.id, name: d.name, amount: d.amount, status: 'OPEN', openedAt: date() - duration({days: d.opened}),
  expectedCloseAt: date() + duration({days: d.expectedIn})})-[:FOR]->(a);

// end of demo data
