// The floor page's only script: a click on a component shows its label and prose in the panel.
// Plain DOM, no framework: the least any page can do for this interaction.
(() => {
  const prose = JSON.parse(document.getElementById('prose').textContent);
  const diagram = document.querySelector('[data-testid="diagram"]');
  const heading = document.getElementById('panel-heading');
  const body = document.getElementById('panel-body');
  let selected = null;
  diagram.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-node-id]');
    if (!button) return;
    if (selected) selected.setAttribute('aria-pressed', 'false');
    selected = button;
    button.setAttribute('aria-pressed', 'true');
    heading.textContent = button.querySelector('.label').textContent;
    body.textContent = prose[button.dataset.nodeId] || '';
  });
  diagram.setAttribute('data-hydrated', 'true');
})();
