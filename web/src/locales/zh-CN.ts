/** Every string the console shows, under a dotted key: `t('pages.login.submit')`. `{name}` is filled in by `t`. */
import { conferences } from './zh-CN/conferences';
import { evaluation } from './zh-CN/evaluation';
import { incidents } from './zh-CN/incidents';
import { opinions } from './zh-CN/opinions';
import { org } from './zh-CN/org';
import { releases } from './zh-CN/releases';
import { topics } from './zh-CN/topics';

export const zhCN = {
  org,
  releases,
  incidents,
  conferences,
  opinions,
  topics,
  evaluation,
  app: {
    name: '发布通',
    fullName: '武隆区行政机关新闻发布工作平台',
  },
  common: {
    loading: '加载中…',
    retry: '重试',
    cancel: '取消',
    save: '保存',
    search: '查询',
    reset: '重置',
    actions: '操作',
    empty: '—',
  },
  api: {
    failedTitle: '请求失败',
    offline: '无法连接服务器，请检查网络后重试',
    failed: '服务器返回错误（{status}），请稍后再试',
    unexpected: '发生意外错误，请刷新页面后重试',
  },
  problem: {
    basis: '依据：{article}',
  },
  session: {
    loadFailed: '无法获取登录状态',
  },
  access: {
    forbiddenTitle: '无权访问',
    forbiddenHint: '您的账户没有访问此页面的权限。如需开通，请联系系统管理员。',
  },
  roles: {
    onUnit: '{unit} · {role}',
  },
  unitPicker: {
    label: '单位',
    placeholder: '单位编号，留空为不限单位',
  },
  nav: {
    home: '工作台',
    users: '账户管理',
    audit: '安全审计',
    openMenu: '打开菜单',
  },
  userMenu: {
    changePassword: '修改密码',
    logout: '退出登录',
    noRoles: '尚未授予角色',
  },
  password: {
    confirmRequired: '请再次输入新密码',
    mismatch: '两次输入的新密码不一致',
    hint: '至少 8 位，含大写字母、小写字母、数字、特殊字符中的至少三类',
  },
  changePassword: {
    title: '修改密码',
    forcedTitle: '请修改初始密码',
    forcedHint: '为保障账户安全，首次登录或密码被管理员重置后，须先修改密码再使用系统。',
    current: '当前密码',
    currentRequired: '请输入当前密码',
    new: '新密码',
    confirm: '确认新密码',
    submit: '确认修改',
    success: '密码已修改',
  },
  notifications: {
    title: '通知',
    open: '通知，{count} 条未读',
    readAll: '全部标为已读',
    markRead: '标为已读',
    view: '查看',
    empty: '暂无通知',
    severity: {
      info: '通知',
      warning: '提醒',
      urgent: '紧急',
    },
  },
  pages: {
    login: {
      title: '登录',
      username: '用户名',
      usernameRequired: '请输入用户名',
      password: '密码',
      passwordRequired: '请输入密码',
      submit: '登录',
      help: '忘记密码或账户被锁定，请联系系统管理员。',
    },
    home: {
      hello: '{greeting}，{name}',
      today: '今天是 {date}',
      greeting: {
        night: '夜深了',
        morning: '早上好',
        forenoon: '上午好',
        noon: '中午好',
        afternoon: '下午好',
        evening: '晚上好',
      },
      pending: {
        title: '我的待办',
        emptyTitle: '暂无待办事项',
        emptyHint: '需要您处理的申报、审核和期限提醒会显示在这里。',
        due: '截止 {due}',
        open: '去处理',
      },
      roles: {
        title: '我的角色',
        none: '尚未授予任何角色，请联系系统管理员。',
      },
    },
    users: {
      title: '账户管理',
      create: '新建账户',
      filter: '按用户名或姓名筛选',
      columns: {
        username: '用户名',
        displayName: '姓名',
        grants: '角色与单位',
        status: '状态',
        lastLogin: '最近登录',
      },
      status: {
        active: '正常',
        disabled: '已停用',
        locked: '锁定至 {until}',
      },
      neverLoggedIn: '从未登录',
      actions: {
        edit: '编辑',
        resetPassword: '重置密码',
        unlock: '解锁',
        disable: '停用',
        enable: '启用',
      },
      confirmDisable: '停用后该账户无法登录，已登录的会话立即失效。确定停用？',
      done: {
        created: '账户已创建，用户首次登录时须修改密码',
        saved: '已保存',
        unlocked: '已解锁',
        disabled: '已停用',
        enabled: '已启用',
        passwordReset: '密码已重置，用户下次登录时须修改密码',
      },
      form: {
        createTitle: '新建账户',
        editTitle: '编辑账户：{name}',
        username: '用户名',
        displayName: '姓名',
        password: '初始密码',
        grants: '角色授权',
        role: '角色',
        roleRequired: '请选择角色',
        addGrant: '添加角色',
        removeGrant: '移除此角色',
      },
      reset: {
        title: '重置密码：{name}',
        newPassword: '临时密码',
        hint: '重置后该用户已登录的会话全部失效，下次登录时须修改密码。',
      },
    },
    audit: {
      title: '安全审计',
      filter: {
        action: '操作',
        actionPlaceholder: '全部操作',
        entity: '对象',
        entityPlaceholder: '全部对象',
        actorId: '操作人编号',
        dates: '日期',
      },
      columns: {
        at: '时间',
        actor: '操作人',
        ip: 'IP 地址',
        action: '操作',
        entity: '对象',
        unit: '单位',
      },
      total: '共 {total} 条',
      anonymous: '未登录用户',
      before: '变更前',
      after: '变更后',
      filterByActor: '只看此人的操作',
      verify: {
        button: '校验审计链',
        ok: '审计链完整：已校验 {checked} 条记录，未发现篡改。',
        broken: '审计链在第 {id} 条记录处断开（已校验 {checked} 条）：{reason}',
        brokenNoId: '审计链校验未通过（已校验 {checked} 条）：{reason}',
      },
      actionGroups: {
        auth: '登录与权限（全部）',
        user: '账户管理（全部）',
        system: '系统（全部）',
      },
      actions: {
        auth: {
          login: '登录',
          logout: '退出登录',
          login_failed: '登录失败',
          login_locked: '锁定期间尝试登录',
          lockout: '连续输错密码被锁定',
          password_changed: '修改本人密码',
          denied: '越权操作被拒绝',
        },
        user: {
          create: '创建账户',
          update: '修改账户',
          reset_password: '重置密码',
          unlock: '解除锁定',
        },
        system: {
          bootstrap_admin: '初始化管理员',
          seed_demo: '载入演示数据',
        },
      },
      entities: {
        user: '账户',
        permission: '权限',
        district: '区县',
      },
    },
    notFound: {
      title: '页面不存在',
      hint: '您访问的页面不存在或已被移除。',
      back: '返回工作台',
    },
  },
} as const;
