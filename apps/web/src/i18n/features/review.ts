/**
 * Messages of the review feature, English first; the zh-CN object is typed against it,
 * so a missing translation fails the build. Only this feature's code edits this file.
 */
export const reviewEn = {
  title: 'review',
};

export const reviewZhCN: typeof reviewEn = {
  title: 'review',
};
