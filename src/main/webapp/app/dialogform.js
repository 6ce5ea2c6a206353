import { clearForm, showInForm } from './problems.js';

// A form in a dialog that sends itself to the API: browser validation first, then the server's; its problem+json
// answer is shown in the form, and the dialog closes only on success.
export function wireDialogForm(dialog, form, send, onDone) {
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
      const answer = await send(Object.fromEntries(new FormData(form)));
      dialog.close();
      form.reset();
      onDone(answer);
    } catch (failure) {
      showInForm(form, failure.problem ?? { title: failure.message });
    } finally {
      submit.disabled = false;
    }
  });
}
