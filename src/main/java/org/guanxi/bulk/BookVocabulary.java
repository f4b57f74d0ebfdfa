package org.guanxi.bulk;

import java.util.Map;

/**
 * The words a generated book is made of: Chinese surnames and given names, company name parts, cities,
 * industries, teams, organizations and channels, buying roles with their positions and weights, personal
 * interests, competitors and interaction kinds with their shares.
 */
final class BookVocabulary {

	static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
			"胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董",
			"袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈" };

	static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建国红梅波斌宇浩凯健俊帆帅旭宁琳晨欣雪婷倩颖东海峰亮成志文";

	static final String[] PREFIXES = { "顺达", "华建", "金盛", "恒通", "宏远", "东方", "新星", "安达", "鑫源", "天成", "永安", "锦程",
			"中联", "嘉禾", "瑞丰", "广信", "长城", "盛世", "海川", "凯源", "富达", "利民", "百盛", "众诚", "远航", "捷运", "通达", "国泰",
			"兴业", "华泰", "佳美", "祥和", "腾飞", "远大", "宝丰", "金桥", "德信", "万通", "汇丰", "正大" };

	static final String[] CITIES = { "", "", "", "北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "武汉", "西安", "苏州",
			"天津", "重庆", "青岛", "长沙", "郑州", "宁波", "合肥" };

	static final String[][] INDUSTRIES = { { "logistics", "物流" }, { "taxi", "出租汽车" }, { "bus", "公交" },
			{ "construction", "建工" }, { "sanitation", "环卫" }, { "hospital", "医院" }, { "rental", "汽车租赁" },
			{ "school", "学校" }, { "utilities", "燃气" }, { "government", "机关事务管理局" }, { "manufacturing", "机械制造" },
			{ "courier", "快递" } };

	static final String[] SUFFIXES = { "有限公司", "集团", "股份有限公司", "", "有限责任公司" };

	static final String[] TEAMS = { "华东大客户部", "华南大客户部", "华北大客户部", "政企事业部", "车队服务部" };

	static final String[][] ORGANIZATIONS = { { "INSURER", "人保财险" }, { "INSURER", "平安产险" },
			{ "INSURER", "太平洋保险" }, { "GOVERNMENT_OFFICE", "车管所" }, { "GOVERNMENT_OFFICE", "交通运输局" },
			{ "GOVERNMENT_OFFICE", "税务局" }, { "ASSOCIATION", "物流协会" }, { "ASSOCIATION", "汽车维修行业协会" },
			{ "ASSOCIATION", "商会" }, { "PARTNER_COMPANY", "轮胎经销商" }, { "PARTNER_COMPANY", "配件供应商" },
			{ "OTHER", "车友会" } };

	static final String[][] CHANNELS = { { "MEDIA", "交通广播" }, { "MEDIA", "晚报广告" }, { "EVENT", "年度客户答谢会" },
			{ "EVENT", "车展" }, { "WALK_IN", "展厅来访" }, { "WEBSITE", "官网留资" }, { "WEBSITE", "微信公众号" },
			{ "DIRECT_MAIL", "直邮" }, { "OTHER", "黄页" } };

	static final String[] ROLES = { "DECIDER", "BUYER", "USER", "INFLUENCER", "EVALUATOR", "GATEKEEPER" };

	static final Map<String, String[][]> POSITIONS = Map.of("DECIDER",
			new String[][] { { "总经理 General Manager", "总经办" }, { "董事长 Chairman", "总经办" } }, "BUYER",
			new String[][] { { "采购经理 Purchasing Manager", "采购部" }, { "采购专员 Buyer", "采购部" } }, "USER",
			new String[][] { { "车队队长 Fleet Lead", "车队" }, { "司机 Driver", "车队" }, { "调度员 Dispatcher", "车队" } },
			"INFLUENCER",
			new String[][] { { "副总经理 Deputy GM", "总经办" }, { "财务总监 CFO", "财务部" }, { "车队经理 Fleet Manager", "车队" } },
			"EVALUATOR", new String[][] { { "技术主管 Technical Lead", "技术部" }, { "设备工程师 Engineer", "设备部" } },
			"GATEKEEPER", new String[][] { { "总经理助理 Assistant to the GM", "总经办" }, { "行政文员 Admin Clerk", "行政部" } });

	static final Map<String, Double> ROLE_WEIGHT = Map.of("DECIDER", 5.0, "INFLUENCER", 2.0, "EVALUATOR", 1.5,
			"BUYER", 1.5, "USER", 0.5, "GATEKEEPER", 0.2);

	static final String[] HOBBIES = { "钓鱼 fishing", "品茶 tea", "书法 calligraphy", "摄影 photography", "旅游 travel",
			"象棋 chess", "唱歌 karaoke", "读书 reading" };

	static final String[] SPORTS = { "高尔夫 golf", "羽毛球 badminton", "乒乓球 table tennis", "篮球 basketball",
			"游泳 swimming", "跑步 running" };

	static final String[] FOODS = { "粤菜 Cantonese", "川菜 Sichuan", "火锅 hotpot", "湘菜 Hunan", "面食 noodles",
			"海鲜 seafood" };

	static final String[] COMPETITORS = { "安驰汽修", "路通养护", "快修连锁", "原厂4S店" };

	static final String[][] KINDS = { { "VISIT", "拜访" }, { "CALL", "电话" }, { "MEAL", "宴请" }, { "GIFT", "送礼" },
			{ "FAVOR", "帮忙" }, { "SOCIAL_EVENT", "活动" }, { "EMAIL", "邮件" }, { "DEMO", "演示" } };

	static final double[] KIND_SHARE = { 0.30, 0.28, 0.09, 0.05, 0.05, 0.05, 0.12, 0.06 };

	private BookVocabulary() {
	}

}
