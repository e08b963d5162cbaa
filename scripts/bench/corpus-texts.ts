/**
 * The words the synthetic corpus (corpus.ts) is written with, per locale.
 * Typed over every locale in config/locales.ts, so adding a locale without its
 * corpus texts is a type error and the scale bench always builds every locale.
 * Chinese is written without spaces between words and ends sentences with 。,
 * which is what makes its pages cost what real Chinese pages cost (longer
 * UTF-8, Pagefind's segmentation instead of a stemmer).
 */
import type {Locale} from '../../config/locales';

export type CorpusTexts = {
  words: readonly string[];
  glue: readonly string[];
  /** What separates words in a sentence. */
  wordSeparator: string;
  sentenceEnd: string;
  capitalize: boolean;
  /** Ten top-level section names, in the order of SECTION_COUNT. */
  sections: readonly string[];
  /** Page h2 titles, in the order of H2_IDS in corpus.ts. */
  h2: readonly string[];
  step: (n: number) => string;
  configure: string;
  verify: string;
  relatedGuides: string;
  commonErrors: string;
  guideTitle: (category: string, n: number) => string;
  guideLabel: (n: number) => string;
  see: (link: string) => string;
  linkText: string;
  codeComment: string;
  docsCategory: string;
};

export const corpusTexts: Record<Locale, CorpusTexts> = {
  en: {
    words:
      'token session user tenant application sign-in redirect callback scope resource organization role permission claim cookie secret endpoint server client route middleware request response profile email identifier refresh access storage cache handler provider config environment deploy secure header value page layout component action'.split(' '),
    glue: 'the a your this each when then with for and to of in'.split(' '),
    wordSeparator: ' ',
    sentenceEnd: '.',
    capitalize: true,
    sections: ['Get started', 'Integrations', 'User management', 'Authorization', 'Organizations', 'Connectors', 'Security', 'Reference', 'Recipes', 'Operations'],
    h2: ['Prerequisites', 'Installation', 'Integration', 'Configuration', 'Fetch user information', 'API resources', 'Troubleshooting', 'Further readings'],
    step: (n) => `Step ${n}`,
    configure: 'Configure',
    verify: 'Verify',
    relatedGuides: 'Related guides',
    commonErrors: 'Common errors',
    guideTitle: (category, n) => `${category}: guide ${n}`,
    guideLabel: (n) => `Guide ${n}`,
    see: (link) => `See ${link}.`,
    linkText: 'the related guide',
    codeComment: '// Values from the Console',
    docsCategory: 'Docs',
  },
  es: {
    words:
      'token sesión usuario inquilino aplicación inicio redirección retorno alcance recurso organización rol permiso reclamación cookie secreto punto servidor cliente ruta intermediario solicitud respuesta perfil correo identificador renovación acceso almacenamiento caché controlador proveedor configuración entorno despliegue seguro cabecera valor página diseño componente acción'.split(' '),
    glue: 'el la tu este cada cuando luego con para y a de en'.split(' '),
    wordSeparator: ' ',
    sentenceEnd: '.',
    capitalize: true,
    sections: ['Primeros pasos', 'Integraciones', 'Gestión de usuarios', 'Autorización', 'Organizaciones', 'Conectores', 'Seguridad', 'Referencia', 'Recetas', 'Operaciones'],
    h2: ['Requisitos previos', 'Instalación', 'Integración', 'Configuración', 'Obtener información del usuario', 'Recursos de API', 'Solución de problemas', 'Lecturas adicionales'],
    step: (n) => `Paso ${n}`,
    configure: 'Configurar',
    verify: 'Verificar',
    relatedGuides: 'Guías relacionadas',
    commonErrors: 'Errores comunes',
    guideTitle: (category, n) => `${category}: guía ${n}`,
    guideLabel: (n) => `Guía ${n}`,
    see: (link) => `Consulta ${link}.`,
    linkText: 'la guía relacionada',
    codeComment: '// Valores de la Consola',
    docsCategory: 'Documentos',
  },
  'zh-CN': {
    words:
      '令牌 会话 用户 租户 应用 登录 重定向 回调 权限 资源 组织 角色 许可 声明 Cookie 密钥 端点 服务器 客户端 路由 中间件 请求 响应 资料 邮箱 标识符 刷新 访问 存储 缓存 处理程序 提供方 配置 环境 部署 安全 请求头 值 页面 布局 组件 操作'.split(' '),
    glue: '的 在 你的 这个 每个 当 然后 和 为 与 到 了 中'.split(' '),
    wordSeparator: '',
    sentenceEnd: '。',
    capitalize: false,
    sections: ['入门', '集成', '用户管理', '授权', '组织', '连接器', '安全', '参考', '实践', '运维'],
    h2: ['前提条件', '安装', '集成', '配置', '获取用户信息', 'API 资源', '故障排查', '延伸阅读'],
    step: (n) => `第 ${n} 步`,
    configure: '配置',
    verify: '验证',
    relatedGuides: '相关指南',
    commonErrors: '常见错误',
    guideTitle: (category, n) => `${category}：指南 ${n}`,
    guideLabel: (n) => `指南 ${n}`,
    see: (link) => `参见${link}。`,
    linkText: '相关指南',
    codeComment: '// 来自控制台的值',
    docsCategory: '文档',
  },
};
