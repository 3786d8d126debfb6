// The review page's keyboard: j/k move between photos, 1-3 approve that candidate, e edits, r rejects,
// x selects for the bulk buttons. Each key presses the same button a mouse would; the server decides.
'use strict';
(function () {
  let current = 0;

  function cards() {
    return Array.from(document.querySelectorAll('section.card'));
  }

  function select(index) {
    const all = cards();
    if (all.length === 0) {
      return;
    }
    current = Math.max(0, Math.min(all.length - 1, index));
    all.forEach((card, n) => card.classList.toggle('current', n === current));
    all[current].scrollIntoView({block: 'nearest'});
  }

  function typing(target) {
    return target.matches('input[type=text], input[type=search], input[type=password], input[type=date], '
        + 'input[type=number], textarea, select');
  }

  document.addEventListener('DOMContentLoaded', () => select(0));
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    if (typing(event.target)) {
      if (event.key === 'Escape') {
        event.target.blur();
      }
      return;
    }
    const card = cards()[current];
    if (!card) {
      return;
    }
    let button = null;
    switch (event.key) {
      case 'j': select(current + 1); break;
      case 'k': select(current - 1); break;
      case '1': case '2': case '3':
        button = card.querySelector('button[data-rank="' + event.key + '"]');
        break;
      case 'e': {
        const input = card.querySelector('input[data-edit]');
        if (input) {
          input.focus();
          input.select();
        }
        break;
      }
      case 'r': button = card.querySelector('button[data-reject]'); break;
      case 'x': {
        const box = card.querySelector('input[type=checkbox]');
        if (box) {
          box.checked = !box.checked;
        }
        break;
      }
      default: return;
    }
    event.preventDefault();
    if (button) {
      button.click();
    }
  });
})();
