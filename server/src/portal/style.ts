/** The portal's one stylesheet: readable on a phone, no JavaScript needed. */
export const PORTAL_CSS = `
:root{--red:#b5121b;--ink:#1f2329;--muted:#646a73;--line:#e5e6eb;--bg:#f5f6f7}
*{box-sizing:border-box}
body{margin:0;font-family:"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:var(--ink);background:var(--bg);line-height:1.7}
a{color:#1d4ed8}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px}
header.site{background:var(--red);color:#fff}
header.site .inner,main,footer .inner{max-width:1080px;margin:0 auto;padding:0 16px}
header.site .inner{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:8px;padding-top:14px;padding-bottom:14px}
.brand{color:#fff;text-decoration:none}
.brand strong{display:block;font-size:22px;letter-spacing:2px}
.brand span{font-size:13px;opacity:.9}
nav.main{background:#8f0e15}
nav.main ul{list-style:none;margin:0 auto;padding:0 16px;max-width:1080px;display:flex;flex-wrap:wrap}
nav.main a{display:block;color:#fff;text-decoration:none;padding:10px 14px}
nav.main a[aria-current=page],nav.main a:hover{background:rgba(255,255,255,.15)}
main{padding-top:20px;padding-bottom:32px}
.card{background:#fff;border:1px solid var(--line);border-radius:6px;padding:16px 20px;margin-bottom:16px}
.card h2{margin:0 0 8px;font-size:18px;border-left:4px solid var(--red);padding-left:8px}
.muted{color:var(--muted)}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:16px}
table{width:100%;border-collapse:collapse;background:#fff}
th,td{border:1px solid var(--line);padding:8px;text-align:left;vertical-align:top}
th{background:#fafafa}
ul.list{margin:0;padding-left:18px}
.badge{display:inline-block;padding:0 6px;border-radius:4px;font-size:12px;background:#fff1f0;color:var(--red);border:1px solid #ffccc7}
.warn{background:#fffbe6;border:1px solid #ffe58f;padding:8px 12px;border-radius:4px}
footer{background:#2b2f36;color:#c9cdd4;font-size:13px}
footer .inner{padding-top:16px;padding-bottom:16px}
footer a{color:#c9cdd4}
@media (max-width:600px){.brand strong{font-size:18px}nav.main a{padding:8px 10px}th,td{padding:6px;font-size:14px}}
`;
