"""The page's stylesheet (a Python string, so it ships without package-data settings)."""

CSS = """
/* Article Assistant: a quiet, readable layout on top of gradio's Soft theme. */

.gradio-container { max-width: 1280px !important; margin: 0 auto !important; }
footer { opacity: 0.6; }

#header-box { padding: 0 !important; }
#app-header {
  display: flex; gap: 14px; align-items: center;
  padding: 14px 4px 6px 4px;
}
#app-header h1 { margin: 0; font-size: 1.45rem; font-weight: 700; letter-spacing: -0.01em; }
#app-header p {
  margin: 2px 0 0 0; color: var(--body-text-color-subdued); font-size: 0.93rem; max-width: 70ch;
}
.brand-mark {
  width: 42px; height: 42px; border-radius: 10px; flex: none;
  display: flex; align-items: center; justify-content: center;
  background: var(--color-accent); color: white; font-size: 1.4rem; font-weight: 700;
}

#heading { padding: 0 !important; }
.current-article {
  display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap;
  padding: 8px 12px; border-radius: 8px;
  background: var(--background-fill-secondary); border: 1px solid var(--border-color-primary);
  font-size: 0.92rem;
}
.current-kind {
  text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.72rem; font-weight: 700;
  color: var(--color-accent);
}
.current-title { font-weight: 600; }

/* Chat messages (built by ui/render.py). */
.chat-empty { text-align: center; color: var(--body-text-color-subdued); line-height: 1.6; }
.answer { line-height: 1.6; }
.cite-ref {
  display: inline-block; margin: 0 1px; padding: 0 5px; border-radius: 5px;
  font-size: 0.78em; font-weight: 700; vertical-align: 1px;
  background: var(--color-accent-soft); color: var(--color-accent);
}
.cursor { opacity: 0.5; animation: blink 1s steps(2, start) infinite; }
@keyframes blink { to { visibility: hidden; } }
.abstain-note {
  border-left: 4px solid #d97706; background: #fffbeb; color: #78350f;
  padding: 8px 12px; border-radius: 6px; line-height: 1.55;
}
.error-note {
  border-left: 4px solid #dc2626; background: #fef2f2; color: #7f1d1d;
  padding: 8px 12px; border-radius: 6px;
}
.info-note {
  border-left: 4px solid var(--color-accent); background: var(--color-accent-soft);
  padding: 8px 12px; border-radius: 6px;
}

#ask-row { align-items: stretch; gap: 10px; }
#question textarea {
  border: 1px solid var(--border-color-primary) !important; border-radius: 10px !important;
  padding: 11px 14px !important; background: var(--background-fill-primary) !important;
  font-size: 0.98rem; box-shadow: 0 1px 2px rgba(15, 23, 42, 0.04);
}
#question textarea:focus { border-color: var(--color-accent) !important; outline: none; }
#ask-btn { min-height: 44px; border-radius: 10px; }
#examples { margin-top: 2px; }
#tools-row { justify-content: flex-end; }
#clear-btn { max-width: 190px; }

/* Side panels. */
#side-tabs .tabitem { padding: 8px 2px; }
.sources, .article { max-height: 640px; overflow-y: auto; padding-right: 4px; }
.empty-note {
  color: var(--body-text-color-subdued); font-size: 0.92rem; padding: 10px 4px; line-height: 1.55;
}
.source-card {
  border: 1px solid var(--border-color-primary); border-radius: 8px;
  padding: 10px 12px; margin-bottom: 10px; background: var(--background-fill-primary);
}
.source-head {
  display: flex; gap: 8px; align-items: baseline; margin-bottom: 6px; flex-wrap: wrap;
}
.source-title {
  flex: 1; min-width: 0; font-size: 0.8rem; color: var(--body-text-color-subdued);
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
}
.source-pos { color: var(--body-text-color-subdued); font-size: 0.75rem; }
.source-body { font-size: 0.9rem; line-height: 1.6; white-space: pre-wrap; }
mark.cite-mark {
  background: #fde68a; color: inherit; padding: 1px 2px; border-radius: 3px;
  box-decoration-break: clone; -webkit-box-decoration-break: clone;
}
sup.mark-n {
  font-size: 0.68em; font-weight: 700; color: var(--color-accent); margin: 0 2px 0 1px;
}
.article-title { margin: 4px 0 10px 0; font-size: 1.05rem; line-height: 1.35; }
.article-text { white-space: pre-wrap; font-size: 0.92rem; line-height: 1.65; }
.article-doc + .article-doc {
  border-top: 1px solid var(--border-color-primary); margin-top: 16px; padding-top: 12px;
}

.upload-help { font-size: 0.9rem; color: var(--body-text-color-subdued); }
#load-status { min-height: 48px; }
.status-ok { color: #166534; font-size: 0.9rem; padding: 6px 2px; }
.status-error { color: #991b1b; font-size: 0.9rem; padding: 6px 2px; }

.dark .abstain-note { background: #422006; color: #fde68a; }
.dark .error-note { background: #450a0a; color: #fecaca; }
.dark mark.cite-mark { background: #854d0e; }
"""
