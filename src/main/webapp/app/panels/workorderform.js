import { api } from '../api.js';
import { clearForm, showInForm } from '../problems.js';

// New work order: posts to api/work-orders; the server's validation problems are shown in the form.
export function wireWorkOrderForm(onCreated) {
  const dialog = document.getElementById('work-order-dialog');
  const form = document.getElementById('work-order-form');
  document.getElementById('new-work-order').addEventListener('click', () => {
    clearForm(form);
    dialog.showModal();
    form.elements.namedItem('description').focus();
  });
  dialog.querySelector('[data-close]').addEventListener('click', () => dialog.close());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearForm(form);
    if (!form.checkValidity()) {
      form.reportValidity();
      return;
    }
    const submit = form.querySelector('[type="submit"]');
    submit.disabled = true;
    try {
      const created = await api.post('work-orders', Object.fromEntries(new FormData(form)));
      dialog.close();
      form.reset();
      onCreated(created);
    } catch (failure) {
      showInForm(form, failure.problem ?? { title: failure.message });
    } finally {
      submit.disabled = false;
    }
  });
}
