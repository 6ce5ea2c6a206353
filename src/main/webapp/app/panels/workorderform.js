import { api } from '../api.js';
import { wireDialogForm } from '../dialogform.js';
import { clearForm } from '../problems.js';

// New work order: posts to api/work-orders; the server's validation problems are shown in the form.
export function wireWorkOrderForm(onCreated) {
  const dialog = document.getElementById('work-order-dialog');
  const form = document.getElementById('work-order-form');
  document.getElementById('new-work-order').addEventListener('click', () => {
    clearForm(form);
    dialog.showModal();
    form.elements.namedItem('description').focus();
  });
  wireDialogForm(dialog, form, (body) => api.post('work-orders', body), onCreated);
}
