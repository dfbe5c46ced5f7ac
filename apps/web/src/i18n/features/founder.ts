/**
 * Messages of the founder feature, English first; the zh-CN object is typed against it,
 * so a missing translation fails the build. Only this feature's code edits this file.
 */
export const founderEn = {
  title: 'founder',
};

export const founderZhCN: typeof founderEn = {
  title: 'founder',
};
