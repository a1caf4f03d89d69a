// Create or edit a product: every contract field, checked with the shared
// schema before sending, server problems shown at their fields, and a warning
// before a code is renamed (a paid warehouse service). Bound to the products
// store; the field grid and the warning are presentational.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { newProductInputSchema } from '../../../../shared/contract/products.js';
import {
  productInputSchema,
  type ProductField,
  type ProductInput,
} from '../../../../shared/domain/product.js';
import type { FieldProblem } from '../../../../shared/errors.js';
import { merchantMessage } from './product-messages.js';
import { useProductsStore } from './products-store.js';
import {
  PRODUCT_FORM_FIELDS,
  formValuesOf,
  productFromForm,
  type FieldSpec,
  type ProductFormValues,
} from './product-fields.js';

/** The checked product, or the problems by field (including an unconfirmed rename). */
function checkForm(
  values: ProductFormValues,
  editing: boolean,
  unconfirmedRename: boolean,
): { product: ProductInput | null; problems: Record<string, string> } {
  const { product, problems } = productFromForm(values, editing);
  const parsed = (editing ? productInputSchema : newProductInputSchema).safeParse(product);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]) as ProductField;
      problems[field] ??= merchantMessage(field, issue);
    }
  }
  if (unconfirmedRename)
    problems.code = 'Confirm the rename below: it is a paid warehouse service.';
  const ok = parsed.success && Object.keys(problems).length === 0;
  return { product: ok ? (parsed.data as ProductInput) : null, problems };
}

/** Server problems keyed by product field (the contract nests them under `product.`). */
function problemsByField(problems: FieldProblem[] = []): Record<string, string> {
  return Object.fromEntries(
    problems.map((problem) => [problem.field.replace(/^product\./, ''), problem.message]),
  );
}

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
  // Bumped on every blocked submit, so the first marked field comes into view each time.
  const [blocked, setBlocked] = useState<{ why: string; at: number } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!blocked) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.closest('.field')?.scrollIntoView({ block: 'center' });
    first?.focus({ preventScroll: true });
  }, [blocked]);
  const renaming = original !== null && values.code.trim() !== original.code;
  if (editing.mode === 'none') return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const unconfirmed = renaming && !renameConfirmed;
    const checked = checkForm(values, original !== null, unconfirmed);
    setProblems(checked.problems);
    if (checked.product) {
      setBlocked(null);
      await save(checked.product);
      return;
    }
    const count = Object.keys(checked.problems).length;
    const why =
      unconfirmed && count === 1
        ? `Nothing was saved: tick “I understand” below to rename ${original?.code} to ${values.code.trim()}.`
        : `Nothing was saved: fix the ${count === 1 ? 'marked field' : `${count} marked fields`}.`;
    setBlocked({ why, at: Date.now() });
  };
  const title = original ? `Edit ${original.code}` : 'New product';

  return (
    <form ref={formRef} className="product-form" onSubmit={submit} noValidate aria-label={title}>
      <h2>{title}</h2>
      {failure ? (
        <div className="notice notice-error" role="alert">
          {failure.message}
        </div>
      ) : null}
      <ProductFields
        values={values}
        problems={{ ...problemsByField(failure?.problems), ...problems }}
        onChange={(field, value) => setValues({ ...values, [field]: value })}
      />
      {renaming ? (
        <RenameWarning
          from={original.code}
          to={values.code.trim()}
          confirmed={renameConfirmed}
          onConfirm={setRenameConfirmed}
        />
      ) : null}
      {blocked ? (
        <div className="notice notice-error" role="alert">
          {blocked.why}
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

/** Every product field with its label, hint and problem. */
function ProductFields(props: {
  values: ProductFormValues;
  problems: Record<string, string>;
  onChange(field: FieldSpec['field'], value: string): void;
}) {
  return (
    <div className="form-grid">
      {PRODUCT_FORM_FIELDS.map((spec) => {
        const id = `product-${spec.field}`;
        const problem = props.problems[spec.field];
        const note = problem ? `${id}-problem` : spec.hint ? `${id}-hint` : undefined;
        const common = {
          id,
          name: spec.field,
          value: props.values[spec.field],
          'aria-invalid': problem ? true : undefined,
          'aria-describedby': note,
          onChange: (event: { target: { value: string } }) =>
            props.onChange(spec.field, event.target.value),
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
  );
}

/** The paid-service warning shown while the code differs from the saved one. */
function RenameWarning(props: {
  from: string;
  to: string;
  confirmed: boolean;
  onConfirm(confirmed: boolean): void;
}) {
  return (
    <div className="notice notice-warning" role="alert">
      <strong>Renaming a product code is a paid warehouse service.</strong>
      <p>
        OGOship charges for relabelling stock under a new code. Keep the old code unless you really
        need the new one.
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={props.confirmed}
          onChange={(event) => props.onConfirm(event.target.checked)}
        />
        I understand; rename {props.from} to {props.to}
      </label>
    </div>
  );
}
