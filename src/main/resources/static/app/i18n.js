// The page's own words in both languages, and number and date formats. Follows the browser's language until
// the user picks one (kept in localStorage).
const WORDS = {
  'zh-CN': {
    skip: '跳到内容', language: '语言', 'nav.accounts': '客户', 'nav.intro': '引荐路径', 'nav.referrals': '转介绍',
    'nav.tiers': '分级与拜访', 'nav.console': 'GraphQL 控制台', loading: '加载中…', error: '出错了',
    'accounts.title': '客户', 'accounts.search': '按名称搜索', 'accounts.lifecycle': '阶段', 'accounts.abc': 'ABC 分类',
    'accounts.owner': '负责人', 'accounts.grade': '意向确度', any: '全部', 'accounts.count': '共 {n} 个客户',
    name: '名称', revenue: '成交额', 'last.visit': '最近拜访', overdue: '拜访逾期', 'overdue.yes': '逾期', never: '从未',
    prev: '上一页', next: '下一页', page: '第 {n} 页', owners: '负责人',
    'account.back': '← 客户列表', 'account.chain': '决策链', 'account.graph': '关系图', 'account.table': '表格',
    'account.legend.reports': '汇报线', 'account.legend.influence': '影响关系 (权重)', 'account.legend.insider': '内线',
    'account.coverage': '覆盖 (层高 · 面广 · 关系深)', 'coverage.high': '层高', 'coverage.wide': '面广', 'coverage.deep': '关系深',
    'coverage.gaps': '缺口', 'coverage.nogaps': '没有缺口', 'coverage.highnone': '无',
    'account.ranking': '影响力排名', rank: '排名', score: '得分', 'own.weight': '自身比重', 'draws.from': '影响力来自',
    'account.candidates': '内线候选人', reasons: '理由', 'none': '无',
    'account.contacts': '联系人与关系', title: '职务', level: '层级', roles: '购买角色', weight: '决策比重',
    influence: '影响力', relationship: '关系', insider: '内线', 'reports.to': '汇报给', evidence: '依据', 'next.step': '下一步',
    history: '历史', 'account.deals': '商机', amount: '金额', status: '状态', opened: '开始', closed: '结束', 'expected.close': '预计成交',
    'account.interactions': '最近互动', kind: '类型', at: '时间', outcome: '结果', note: '备注', rep: '销售', person: '联系人',
    'account.referral': '客户来源 (转介绍链)', 'referral.none': '没有转介绍记录', 'suggested.level': '建议关系层级',
    'account.facts': '客户概况', industry: '行业', units: '车辆数', 'relationship.level': '关系层级', tier: '机会级别', vip: 'VIP',
    signed: '已签约', yes: '是', no: '否', 'details.title': '联系人详情', 'details.hint': '点击图中或表中的联系人查看详情',
    profile: '个人档案', age: '年龄', family: '家庭', hobbies: '爱好', sports: '运动', food: '饮食', schedule: '日程', attitude: '态度',
    preference: '偏好', phone: '电话', email: '邮箱', select: '选择', department: '部门', derived: '由证据推导', assessed: '人工评估',
    since: '自',
    'write.interaction': '记录互动', 'write.assess': '评估关系', 'write.referral': '记录转介绍', save: '保存',
    'org.interest': '机构利益已满足', 'personal.interest': '个人利益已满足', 'from.evidence': '按证据', 'saved': '已保存',
    source: '来源', target: '对象', date: '日期', 'optional': '可选',
    'intro.title': '引荐路径', 'intro.rep': '销售代表', 'intro.person': '目标联系人', 'intro.find': '查找路径',
    'intro.none': '在限定跳数内没有找到路径', strength: '强度', hops: '跳数', 'intro.path': '路径 {n}',
    'intro.search': '搜索联系人', 'max.hops': '最大跳数',
    'ref.title': '转介绍', 'ref.source': '转介绍来源', 'ref.tree': '转介绍树', depth: '深度',
    'ref.tree.part': '图中为成交额最高的 {shown} 个（及其上游），共 {total} 个；下方表格列出全部',
    'ref.direct': '直接转介绍', 'ref.total': '全部转介绍', 'ref.directRevenue': '直接成交额', 'ref.indirectRevenue': '间接成交额 (衰减)',
    'ref.totalRevenue': '合计', 'ref.report': '转介绍来源报表', 'ref.bySource': '按来源', 'ref.byKind': '按类型',
    leads: '线索', converted: '转化', 'conversion': '转化率', 'avg.days': '平均成交天数', from: '从', to: '到',
    'ref.top': '最佳转介绍人', 'ref.ask': '转介绍邀请名单', reach: '影响范围', 'ref.chart': '各来源成交额',
    'tiers.title': '分级与拜访', 'tiers.pareto': 'ABC 帕累托分析', 'tiers.cumulative': '累计占比', 'tiers.rank': '客户排名（按收入）', 'tiers.mix': '实际结构 vs 健康结构 (20/40/40)',
    'tiers.actual': '实际', 'tiers.target': '目标', accounts: '客户数', 'revenue.share': '成交额占比', 'account.share': '客户占比',
    'tiers.overdue': '拜访逾期客户', 'days.since': '距上次拜访 (天)', allowed: '允许天数', 'tiers.plan': '本月拜访计划',
    'due.by': '截止', done: '已完成', required: '需拜访', 'tiers.followups': '待办跟进', reason: '原因', 'due.at': '到期',
    'tiers.funnel': '销售漏斗', 'group.by': '分组', 'by.rep': '按销售', 'by.source.kind': '按来源大类', 'by.source': '按线索来源', 'win.rate': '赢单率', reached: '到达',
    total: '合计', stage: '阶段', 'month': '月份', 'all.reps': '全部销售', 'ref.ask.choose': '选择销售', 'ref.ask.hint': '选择一位销售，查看可以请谁转介绍。', 'none.overdue': '没有逾期客户', 'none.rows': '没有记录',
    'console.title': 'GraphQL 控制台', 'console.schema': '查看 GraphQL schema',
    'sign.out': '退出登录', 'role.ADMIN': '管理员', 'role.MANAGER': '销售经理', 'role.REP': '销售代表',
  },
  en: {
    skip: 'Skip to content', language: 'Language', 'nav.accounts': 'Accounts', 'nav.intro': 'Warm introduction',
    'nav.referrals': 'Referrals', 'nav.tiers': 'Tiers & visits', 'nav.console': 'GraphQL console', loading: 'Loading…',
    error: 'Something went wrong',
    'accounts.title': 'Accounts', 'accounts.search': 'Search by name', 'accounts.lifecycle': 'Lifecycle', 'accounts.abc': 'ABC class',
    'accounts.owner': 'Owner', 'accounts.grade': 'Intention grade', any: 'Any', 'accounts.count': '{n} accounts',
    name: 'Name', revenue: 'Revenue', 'last.visit': 'Last visit', overdue: 'Visit overdue', 'overdue.yes': 'Overdue', never: 'never',
    prev: 'Previous', next: 'Next', page: 'Page {n}', owners: 'Owners',
    'account.back': '← Accounts', 'account.chain': 'Decision chain', 'account.graph': 'Graph', 'account.table': 'Table',
    'account.legend.reports': 'reports to', 'account.legend.influence': 'influences (weight)', 'account.legend.insider': 'insider',
    'account.coverage': 'Coverage (high · wide · deep)', 'coverage.high': 'High', 'coverage.wide': 'Wide', 'coverage.deep': 'Deep',
    'coverage.gaps': 'Gaps', 'coverage.nogaps': 'No gaps', 'coverage.highnone': 'none',
    'account.ranking': 'Influence ranking', rank: 'Rank', score: 'Score', 'own.weight': 'Own weight', 'draws.from': 'Draws standing from',
    'account.candidates': 'Insider candidates', reasons: 'Reasons', 'none': 'None',
    'account.contacts': 'Contacts and relationships', title: 'Title', level: 'Level', roles: 'Buying roles', weight: 'Decision weight',
    influence: 'Influence', relationship: 'Relationship', insider: 'Insider', 'reports.to': 'Reports to', evidence: 'Evidence',
    'next.step': 'Next step', history: 'History', 'account.deals': 'Deals', amount: 'Amount', status: 'Status', opened: 'Opened',
    closed: 'Closed', 'expected.close': 'Expected close', 'account.interactions': 'Recent interactions', kind: 'Kind', at: 'When',
    outcome: 'Outcome', note: 'Note', rep: 'Rep', person: 'Contact', 'account.referral': 'How the account came to us (referral chain)',
    'referral.none': 'No referral recorded', 'suggested.level': 'Suggested relationship level', 'account.facts': 'Account',
    industry: 'Industry', units: 'Units', 'relationship.level': 'Relationship level', tier: 'Opportunity tier', vip: 'VIP',
    signed: 'Signed', yes: 'yes', no: 'no', 'details.title': 'Contact details', 'details.hint': 'Click a person in the graph or the table',
    profile: 'Profile', age: 'Age', family: 'Family', hobbies: 'Hobbies', sports: 'Sports', food: 'Food', schedule: 'Schedule',
    attitude: 'Attitude', preference: 'Preference', phone: 'Phone', email: 'Email', select: 'Select', department: 'Department',
    derived: 'derived from evidence', assessed: 'assessed', since: 'since',
    'write.interaction': 'Log interaction', 'write.assess': 'Assess relationship', 'write.referral': 'Record referral', save: 'Save',
    'org.interest': "Organisation's interest met", 'personal.interest': 'Personal interest met', 'from.evidence': 'from evidence',
    'saved': 'Saved', source: 'Source', target: 'Target', date: 'Date', 'optional': 'optional',
    'intro.title': 'Warm introduction', 'intro.rep': 'Sales rep', 'intro.person': 'Person to reach', 'intro.find': 'Find paths',
    'intro.none': 'No path within the hop limit', strength: 'Strength', hops: 'Hops', 'intro.path': 'Path {n}',
    'intro.search': 'Search people', 'max.hops': 'Max hops',
    'ref.title': 'Referrals', 'ref.source': 'Referral source', 'ref.tree': 'Referral tree', depth: 'Depth',
    'ref.tree.part': 'The graph shows the {shown} with the most revenue (and who referred them) of {total}; the table below lists all',
    'ref.direct': 'Direct referrals', 'ref.total': 'All referrals', 'ref.directRevenue': 'Direct revenue',
    'ref.indirectRevenue': 'Indirect revenue (decayed)', 'ref.totalRevenue': 'Total', 'ref.report': 'Referral-source report',
    'ref.bySource': 'By source', 'ref.byKind': 'By kind', leads: 'Leads', converted: 'Converted', 'conversion': 'Conversion',
    'avg.days': 'Avg. days to close', from: 'From', to: 'To', 'ref.top': 'Top referrers', 'ref.ask': 'Referral ask list',
    reach: 'Reach', 'ref.chart': 'Revenue by source',
    'tiers.title': 'Tiers and visits', 'tiers.pareto': 'ABC Pareto analysis', 'tiers.cumulative': 'Cumulative share', 'tiers.rank': 'Accounts ranked by revenue',
    'tiers.mix': 'Actual mix vs healthy mix (20/40/40)', 'tiers.actual': 'Actual', 'tiers.target': 'Target', accounts: 'Accounts',
    'revenue.share': 'Revenue share', 'account.share': 'Account share', 'tiers.overdue': 'Overdue accounts',
    'days.since': 'Days since last visit', allowed: 'Allowed days', 'tiers.plan': "This month's visit plan", 'due.by': 'Due by',
    done: 'Done', required: 'Required', 'tiers.followups': 'Follow-ups due', reason: 'Reason', 'due.at': 'Due',
    'tiers.funnel': 'Funnel', 'group.by': 'Group by', 'by.rep': 'By rep', 'by.source.kind': 'By kind of lead source', 'by.source': 'By lead source', 'win.rate': 'Win rate',
    reached: 'Reached', total: 'Total', stage: 'Stage', 'month': 'Month', 'all.reps': 'All reps', 'ref.ask.choose': 'Choose a rep', 'ref.ask.hint': 'Choose a rep to see whom they could ask for a referral.', 'none.overdue': 'No overdue account',
    'none.rows': 'Nothing to show', 'console.title': 'GraphQL console', 'console.schema': 'View the GraphQL schema',
    'sign.out': 'Sign out', 'role.ADMIN': 'Administrator', 'role.MANAGER': 'Sales manager', 'role.REP': 'Sales rep',
  },
};

// Labels of the API's enum values, until they come from the API.
const LABELS = {
  'zh-CN': {
    OUTSIDER: '局外人', FRIEND: '朋友', SUPPLIER: '供应商', PARTNER: '合作伙伴',
    GATEKEEPER: '看门人', USER: '使用者', BUYER: '采购者', DECIDER: '决策人', INFLUENCER: '影响者', EVALUATOR: '资格审查人',
    POTENTIAL: '潜在', PROSPECT: '意向', RETAINED: '保有', LOST: '战败',
    ORDINARY: '普通', PRIORITY: '优先', STRATEGIC: '战略',
    VISIT: '拜访', CALL: '电话', MEAL: '用餐', GIFT: '礼品', FAVOR: '帮忙', SOCIAL_EVENT: '社交活动', EMAIL: '邮件', DEMO: '演示',
    POSITIVE: '积极', NEUTRAL: '一般', NEGATIVE: '消极', OPEN: '进行中', WON: '赢单',
    NEW_PROSPECT: '新意向客户 24 小时内跟进', AFTER_SALE_CALL: '成交后 3 天内回访', THANK_YOU_CALL: '7 天内感谢与满意度回访',
    PERIODIC_CONTACT: '每 3 个月定期联系', NONE: '无',
    CUSTOMER: '老客户', PARTNER_ORGANIZATION: '合作机构', PERSONAL_NETWORK: '人脉', EVENT: '活动', MEDIA: '媒体渠道',
    Account: '客户', Person: '个人', Organization: '机构', Channel: '渠道', SalesRep: '销售',
  },
  en: {
    OUTSIDER: 'Outsider', FRIEND: 'Friend', SUPPLIER: 'Supplier', PARTNER: 'Partner',
    GATEKEEPER: 'Gatekeeper', USER: 'User', BUYER: 'Buyer', DECIDER: 'Decider', INFLUENCER: 'Influencer', EVALUATOR: 'Evaluator',
    POTENTIAL: 'Potential', PROSPECT: 'Prospect', RETAINED: 'Retained', LOST: 'Lost',
    ORDINARY: 'Ordinary', PRIORITY: 'Priority', STRATEGIC: 'Strategic',
    VISIT: 'Visit', CALL: 'Call', MEAL: 'Meal', GIFT: 'Gift', FAVOR: 'Favour', SOCIAL_EVENT: 'Social event', EMAIL: 'Email', DEMO: 'Demo',
    POSITIVE: 'Positive', NEUTRAL: 'Neutral', NEGATIVE: 'Negative', OPEN: 'Open', WON: 'Won',
    NEW_PROSPECT: 'New prospect: contact within 24 h', AFTER_SALE_CALL: 'After-sale call within 3 days',
    THANK_YOU_CALL: 'Thank-you call within 7 days', PERIODIC_CONTACT: 'Contact every 3 months', NONE: 'None',
    CUSTOMER: 'Customer', PARTNER_ORGANIZATION: 'Partner organisation', PERSONAL_NETWORK: 'Personal network', EVENT: 'Event',
    MEDIA: 'Media', Account: 'Account', Person: 'Person', Organization: 'Organisation', Channel: 'Channel', SalesRep: 'Sales rep',
  },
};

const KEY = 'guanxi.lang';
let current = null;
let team = { timeZone: 'Asia/Shanghai', currency: 'CNY' };

function fromBrowser() {
  const preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'zh-CN'];
  for (const l of preferred) {
    const lower = String(l).toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

export function lang() {
  if (!current) {
    let stored = null;
    try { stored = localStorage.getItem(KEY); } catch (e) { /* private mode */ }
    current = WORDS[stored] ? stored : fromBrowser();
  }
  return current;
}

export function setLang(value) {
  current = WORDS[value] ? value : 'zh-CN';
  try { localStorage.setItem(KEY, current); } catch (e) { /* private mode */ }
  document.documentElement.lang = current;
}

export function setTeam(settings) {
  team = { ...team, ...settings };
}

/** Today in the team's time zone, YYYY-MM-DD. */
export function teamToday() {
  if (team.today) return team.today;
  return new Intl.DateTimeFormat('en-CA', { timeZone: team.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export function teamZone() {
  return team.timeZone;
}

/** The page's word for a key, with {name} placeholders filled. */
export function t(key, args = {}) {
  const text = WORDS[lang()][key] ?? WORDS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(args[name] ?? ''));
}

// Labels from the API (query labels), per language: "Type:VALUE" and "VALUE" (first type wins) to label.
const apiLabels = {};

export function setApiLabels(language, labels) {
  const byKey = {};
  for (const l of labels) {
    byKey[`${l.type}:${l.value}`] = l.label;
    if (!(l.value in byKey)) byKey[l.value] = l.label;
  }
  apiLabels[language] = byKey;
}

export function hasApiLabels(language) {
  return language in apiLabels;
}

/** The label of an API enum value (of the given type when the value alone is ambiguous), in the page's language. */
export function label(value, type = null) {
  if (value === null || value === undefined) return '';
  const fromApi = apiLabels[lang()];
  if (fromApi) {
    const found = (type && fromApi[`${type}:${value}`]) || fromApi[value];
    if (found) return found;
  }
  if (type === 'RelationshipLevel' && value === 'PARTNER') return lang() === 'en' ? 'Partner' : '伙伴';
  return LABELS[lang()][value] ?? LABELS.en[value] ?? String(value);
}

// Intl formatters are costly to make: one per language and options, kept (a report formats thousands of numbers)
const formatters = new Map();

function formatter(kind, options, make) {
  const key = `${kind}|${lang()}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = make(options);
    formatters.set(key, found);
  }
  return found;
}

function numberFormat(options) {
  return formatter('number', options, o => new Intl.NumberFormat(lang(), o));
}

export function money(amount) {
  if (amount === null || amount === undefined) return '';
  return numberFormat({ style: 'currency', currency: team.currency, maximumFractionDigits: 0 }).format(amount);
}

export function compactMoney(amount) {
  return numberFormat({ notation: 'compact', maximumFractionDigits: 1 }).format(amount);
}

export function pct(share, digits = 0) {
  if (share === null || share === undefined) return '';
  return numberFormat({ style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(share);
}

export function num(value, digits = 2) {
  if (value === null || value === undefined) return '';
  return numberFormat({ maximumFractionDigits: digits }).format(value);
}

/** A date-time as a day (and time) in the team's time zone. */
export function dateTime(iso, withTime = true) {
  if (!iso) return '';
  const options = { timeZone: team.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' };
  if (withTime) Object.assign(options, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return formatter('date', options, o => new Intl.DateTimeFormat(lang() === 'en' ? 'en-CA' : 'zh-CN', o))
    .format(new Date(iso));
}

/** A Date (calendar day) as given by the API. */
export function day(iso) {
  return iso || '';
}
