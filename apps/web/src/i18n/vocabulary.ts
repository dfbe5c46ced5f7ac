/**
 * Words every feature shares: the names of industries and document kinds, the same on the
 * founder's forms, the reviewer's pages and the public campaign page.
 */
export const vocabularyEn = {
  industries: {
    retail: 'Retail',
    food_and_beverage: 'Food and beverage',
    manufacturing: 'Manufacturing',
    technology: 'Technology',
    health: 'Health',
    education: 'Education',
    agriculture: 'Agriculture',
    hospitality: 'Hospitality',
    creative: 'Creative',
    construction: 'Construction',
    transport: 'Transport',
    energy: 'Energy',
    finance: 'Finance',
    services: 'Services',
    other: 'Other',
  },
  documentKinds: {
    business_licence: 'Business licence',
    financial_statements: 'Financial statements',
    identity: 'Identity document',
    other: 'Other document',
  },
};

export const vocabularyZhCN: typeof vocabularyEn = {
  industries: {
    retail: '零售',
    food_and_beverage: '餐饮',
    manufacturing: '制造业',
    technology: '科技',
    health: '医疗健康',
    education: '教育',
    agriculture: '农业',
    hospitality: '酒店旅游',
    creative: '文化创意',
    construction: '建筑',
    transport: '交通运输',
    energy: '能源',
    finance: '金融',
    services: '服务业',
    other: '其他',
  },
  documentKinds: {
    business_licence: '营业执照',
    financial_statements: '财务报表',
    identity: '身份证明',
    other: '其他文件',
  },
};
