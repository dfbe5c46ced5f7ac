/**
 * Messages of the campaignPage feature, English first; the zh-CN object is typed against it,
 * so a missing translation fails the build. Only this feature's code edits this file.
 */
export const campaignPageEn = {
  title: 'campaignPage',
};

export const campaignPageZhCN: typeof campaignPageEn = {
  title: 'campaignPage',
};
