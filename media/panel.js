// CSPR Review panel script. Builds the DOM from JSON state with textContent only: draft text is
// never parsed as HTML. Posts only the three message types the extension accepts.
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root');
  const saved = vscode.getState() || {};
  let expanded = new Set(saved.expanded || []);

  function el(tag, props, children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (key === 'text') node.textContent = value;
      else if (key === 'className') node.className = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2).toLowerCase(), value);
      // Through the CSSOM: the CSP blocks style attributes but not element.style.
      else if (key === 'width') node.style.width = value;
      else node.setAttribute(key, String(value));
    }
    for (const child of children || []) if (child) node.appendChild(child);
    return node;
  }

  function reveal(line, column) {
    vscode.postMessage({ type: 'reveal', line, column });
  }

  function render(state) {
    root.replaceChildren();
    root.appendChild(el('p', { className: 'summary', text: state.summary }));
    root.appendChild(el('p', { className: 'muted', text: `${state.file} · ${state.template}` }));

    root.appendChild(el('h2', { text: 'Sections' }));
    const sections = el('ul', { className: 'sections', 'aria-label': 'Template sections' });
    for (const section of state.sections) {
      const label = `${section.title}${section.required ? '' : ' (recommended)'}`;
      const item = el('li', { className: `section ${section.status}` });
      item.appendChild(el('span', { className: 'badge', text: section.status, 'aria-label': `status ${section.status}` }));
      if (section.status === 'missing') {
        item.appendChild(el('span', { className: 'title', text: label }));
        item.appendChild(el('button', { className: 'insert', text: 'Insert', title: `Insert a "${section.title}" skeleton`, 'aria-label': `Insert ${section.title} section`, onClick: () => vscode.postMessage({ type: 'insertSection', sectionId: section.id }) }));
      } else {
        item.appendChild(el('button', { className: 'link', text: label, title: `Go to "${section.heading || section.title}" (line ${section.line})`, onClick: () => reveal(section.line, 1) }));
      }
      sections.appendChild(item);
    }
    root.appendChild(sections);

    root.appendChild(el('h2', { text: 'National themes' }));
    const themes = el('ul', { className: 'themes', 'aria-label': 'National practice themes' });
    for (const theme of state.themes) {
      const open = expanded.has(theme.id);
      const item = el('li', { className: `theme ${theme.status}` });
      const toggle = el('button', {
        className: 'toggle',
        'aria-expanded': open,
        'aria-controls': `hits-${theme.id}`,
        title: `${theme.label}: ${theme.status}, ${theme.distinct} distinct phrase(s)`,
        onClick: () => {
          if (expanded.has(theme.id)) expanded.delete(theme.id);
          else expanded.add(theme.id);
          vscode.setState({ expanded: [...expanded] });
          render(state);
        },
      });
      toggle.appendChild(el('span', { className: 'label', text: `${theme.label}${theme.expected ? ' ★' : ''}` }));
      const bar = el('span', { className: 'bar', role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': 4, 'aria-valuenow': Math.min(theme.distinct, 4), 'aria-label': `${theme.distinct} distinct phrases` });
      bar.appendChild(el('span', { className: 'fill', width: `${Math.min(theme.distinct, 4) * 25}%` }));
      toggle.appendChild(bar);
      toggle.appendChild(el('span', { className: 'status', text: theme.status }));
      item.appendChild(toggle);
      if (open) {
        const hits = el('ul', { className: 'hits', id: `hits-${theme.id}` });
        for (const hit of theme.hits) {
          const text = `line ${hit.line}: “${hit.phrase}”${hit.section ? ` — ${hit.section}` : ''}`;
          hits.appendChild(el('li', {}, [el('button', { className: 'link hit', text, onClick: () => reveal(hit.line, hit.column) })]));
        }
        if (theme.hits.length === 0) hits.appendChild(el('li', { className: 'muted', text: 'No phrases found yet.' }));
        item.appendChild(hits);
      }
      themes.appendChild(item);
    }
    root.appendChild(themes);
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'state' && message.state) render(message.state);
  });
  vscode.postMessage({ type: 'ready' });
})();
