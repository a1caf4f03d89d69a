// Create or edit a product: every contract field, checked with the shared
// schema before sending, server problems shown at their fields, and a warning
// before a code is renamed (a paid warehouse service). Bound to the products
// store.
import { useState, type FormEvent } from 'react';
import { newProductInputSchema } from '../../../../shared/contract/products.js';
import { productInputSchema, type ProductInput } from '../../../../shared/domain/product.js';
import { useProductsStore } from './products-store.js';
import {
  PRODUCT_FORM_FIELDS,
  formValuesOf,
  productFromForm,
  type ProductFormValues,
} from './product-fields.js';

/** The product form for the store's current editing mode. */
export function ProductForm() {
  const editing = useProductsStore((state) => state.editing);
  const saving = useProductsStore((state) => state.saving);
  const failure = useProductsStore((state) => state.saveFailure);
  const { save, cancelEdit } = useProductsStore.getState();
  const original = editing.mode === 'edit' ? editing.product : null;
  const [values, setValues] = useState<ProductFormValues>(() => formValuesOf(original));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [renameConfirmed, setRenameConfirmed] = useState(false);
  const renaming = original !== null && values.code.trim() !== original.code;

  if (editing.mode === 'none') return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { product, problems: textProblems } = productFromForm(values, original !== null);
    const schema = original ? productInputSchema : newProductInputSchema;
    const parsed = schema.safeParse(product);
    const found: Record<string, string> = { ...textProblems };
    if (!parsed.success)
      for (const issue of parsed.error.issues) found[String(issue.path[0])] ??= issue.message;
    if (renaming && !renameConfirmed)
      found.code = 'Confirm the rename below: it is a paid warehouse service.';
    setProblems(found);
    if (Object.keys(found).length > 0 || !parsed.success) return;
    await save(parsed.data as ProductInput);
  };

  const serverProblems = Object.fromEntries(
    (failure?.problems ?? []).map((problem) => [
      problem.field.replace(/^product\./, ''),
      problem.message,
    ]),
  );
  const title = original ? `Edit ${original.code}` : 'New product';

  return (
    <form className="product-form" onSubmit={submit} noValidate aria-label={title}>
      <h2>{title}</h2>
      {failure ? (
        <div className="notice notice-error" role="alert">
          {failure.message}
        </div>
      ) : null}
      <div className="form-grid">
        {PRODUCT_FORM_FIELDS.map((spec) => {
          const id = `product-${spec.field}`;
          const problem = problems[spec.field] ?? serverProblems[spec.field];
          const common = {
            id,
            name: spec.field,
            value: values[spec.field],
            'aria-invalid': problem ? true : undefined,
            'aria-describedby': problem ? `${id}-problem` : spec.hint ? `${id}-hint` : undefined,
            onChange: (event: { target: { value: string } }) =>
              setValues({ ...values, [spec.field]: event.target.value }),
          };
          return (
            <div key={spec.field} className={`field${spec.kind === 'textarea' ? ' span-2' : ''}`}>
              <label htmlFor={id}>
                {spec.label}
                {spec.required ? ' *' : ''}
              </label>
              {spec.kind === 'textarea' ? (
                <textarea rows={3} {...common} />
              ) : (
                <input
                  type={spec.kind === 'number' ? 'text' : spec.kind}
                  inputMode={spec.kind === 'number' ? 'decimal' : undefined}
                  {...common}
                />
              )}
              {problem ? (
                <span id={`${id}-problem`} className="field-problem">
                  {problem}
                </span>
              ) : spec.hint ? (
                <span id={`${id}-hint`} className="field-hint">
                  {spec.hint}
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
      {renaming ? (
        <div className="notice notice-warning" role="alert">
          <strong>Renaming a product code is a paid warehouse service.</strong>
          <p>
            OGOship charges for relabelling stock under a new code. Keep the old code unless you
            really need the new one.
          </p>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={renameConfirmed}
              onChange={(event) => setRenameConfirmed(event.target.checked)}
            />
            I understand; rename {original?.code} to {values.code.trim()}
          </label>
        </div>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Saving…' : original ? 'Save changes' : 'Create product'}
        </button>
        <button type="button" className="button" onClick={cancelEdit} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}
