/**
 * Messages of "forgot your password?" and setting a new one, English first; the zh-CN object is
 * typed against it, so a missing translation fails the build.
 */
export const passwordResetEn = {
  forgotLink: 'Forgot your password?',
  request: {
    title: 'Reset your password',
    lead: 'Enter the email you signed up with. We will send you a link to choose a new password.',
    submit: 'Send the link',
    sentTitle: 'Check your email',
    sentBody:
      'If an account exists for {{email}}, a link to reset its password is on its way. It works for 30 minutes and only once.',
    noMail: 'Nothing arrived? Look in your spam folder, or ask again in a few minutes.',
    again: 'Use another email',
  },
  confirm: {
    title: 'Choose a new password',
    lead: 'Setting a new password signs you out on every device.',
    password: 'New password',
    submit: 'Set the new password',
    doneTitle: 'Your password is changed',
    doneBody: 'Sign in with your new password.',
    signIn: 'Sign in',
    missingToken: 'This page opens from the link in the reset email. Ask for a new link if you need one.',
    linkExpired: 'This link is used or expired. Ask for a new one; it takes a minute.',
    askAgain: 'Ask for a new link',
  },
  backToSignIn: 'Back to sign in',
};

export const passwordResetZhCN: typeof passwordResetEn = {
  forgotLink: '忘记密码？',
  request: {
    title: '重置密码',
    lead: '请输入您注册时使用的邮箱，我们会发送一个设置新密码的链接。',
    submit: '发送链接',
    sentTitle: '请查收邮件',
    sentBody: '如果 {{email}} 已注册账户，重置密码的链接正在发送中。链接在 30 分钟内有效，且只能使用一次。',
    noMail: '没有收到？请查看垃圾邮件，或几分钟后再试一次。',
    again: '使用其他邮箱',
  },
  confirm: {
    title: '设置新密码',
    lead: '设置新密码后，您在所有设备上的登录都会退出。',
    password: '新密码',
    submit: '设置新密码',
    doneTitle: '密码已更改',
    doneBody: '请使用新密码登录。',
    signIn: '登录',
    missingToken: '此页面需从重置邮件中的链接打开。如有需要，请重新申请链接。',
    linkExpired: '此链接已使用或已过期。请重新申请，只需一分钟。',
    askAgain: '重新申请链接',
  },
  backToSignIn: '返回登录',
};
