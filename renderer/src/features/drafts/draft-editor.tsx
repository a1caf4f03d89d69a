// The draft editor: every field of an OGOship order, each problem at its field,
// saved as typed (the store debounces to 300 ms). Bound to the drafts store.
import { useEffect, useState } from 'react';
import { DRAFT_STATE_LABEL, type DraftContent } from '../../../../shared/domain/draft.js';
import { call } from '../../bridge/index.js';
import { DraftDocuments } from './draft-documents.js';
import { DraftLines } from './draft-lines.js';
import { gateProblems, problemsOf, showsAllProblems, type ProblemMap } from './draft-problems.js';
import { TextField } from './field.js';
import { NumberField } from './number-field.js';
import { useDraftsStore } from './drafts-store.js';

type Customer = DraftContent['customer'];

const CUSTOMER_FIELDS: Array<{
  key: keyof Customer;
  label: string;
  required?: boolean;
  wide?: boolean;
}> = [
  { key: 'name', label: 'Name', required: true },
  { key: 'company', label: 'Company' },
  { key: 'address1', label: 'Address', required: true, wide: true },
  { key: 'address2', label: 'Address line 2', wide: true },
  { key: 'zip', label: 'Postcode' },
  { key: 'city', label: 'City', required: true },
  { key: 'phone', label: 'Phone' },
  { key: 'email', label: 'Email' },
];

function useCountries(): Array<{ code: string; name: string }> {
  const [countries, setCountries] = useState<Array<{ code: string; name: string }>>([]);
  useEffect(() => {
    void call((api) => api['countries.list']({})).then(setCountries, () => undefined);
  }, []);
  return countries;
}

function CustomerFields(props: {
  content: DraftContent;
  disabled: boolean;
  problems: ProblemMap;
  edit(customer: Partial<Customer>): void;
}) {
  const countries = useCountries();
  const { customer } = props.content;
  const country = countries.find((item) => item.code === customer.countryCode.toUpperCase());
  return (
    <fieldset className="form-grid" aria-label="Customer">
      <legend>Customer</legend>
      {CUSTOMER_FIELDS.map((spec) => (
        <TextField
          key={spec.key}
          path={`customer.${spec.key}`}
          label={spec.label}
          required={spec.required}
          wide={spec.wide}
          value={customer[spec.key]}
          disabled={props.disabled}
          error={props.problems.error(`customer.${spec.key}`)}
          onChange={(value) => props.edit({ [spec.key]: value })}
        />
      ))}
      <datalist id="draft-countries">
        {countries.map((item) => (
          <option key={item.code} value={item.code} label={item.name} />
        ))}
      </datalist>
      <TextField
        path="customer.countryCode"
        label="Country (type a code or name)"
        required
        list="draft-countries"
        value={customer.countryCode}
        disabled={props.disabled}
        error={props.problems.error('customer.countryCode')}
        onChange={(value) => {
          const byName = countries.find(
            (item) => item.name.toLowerCase() === value.trim().toLowerCase(),
          );
          props.edit({
            countryCode: (byName?.code ?? value).slice(0, 2).toUpperCase(),
          });
        }}
      >
        <span className="field-hint">{country?.name ?? ''}</span>
      </TextField>
    </fieldset>
  );
}

function OrderFields(props: {
  content: DraftContent;
  disabled: boolean;
  problems: ProblemMap;
  edit(change: Partial<DraftContent>): void;
}) {
  const { content, disabled, problems, edit } = props;
  const cod = content.cashOnDelivery;
  return (
    <fieldset className="form-grid" aria-label="Delivery and price">
      <legend>Delivery and price</legend>
      <TextField
        path="shippingCode"
        label="Shipping code"
        value={content.shippingCode}
        disabled={disabled}
        error={problems.error('shippingCode')}
        onChange={(shippingCode) => edit({ shippingCode })}
      />
      <TextField
        path="pickUpPointCode"
        label="Pickup point"
        value={content.pickUpPointCode}
        disabled={disabled}
        error={problems.error('pickUpPointCode')}
        onChange={(pickUpPointCode) => edit({ pickUpPointCode })}
      />
      <NumberField
        path="priceTotal"
        label="Price total"
        value={content.priceTotal}
        disabled={disabled}
        error={problems.error('priceTotal')}
        onChange={(priceTotal) => edit({ priceTotal })}
      />
      <TextField
        path="priceCurrency"
        label="Currency"
        value={content.priceCurrency}
        disabled={disabled}
        error={problems.error('priceCurrency')}
        onChange={(value) => edit({ priceCurrency: value.toUpperCase().slice(0, 3) })}
      />
      <label className="checkbox span-2">
        <input
          type="checkbox"
          checked={cod !== null}
          disabled={disabled}
          onChange={(event) =>
            edit({
              cashOnDelivery: event.target.checked
                ? {
                    amount: null,
                    currencyCode: content.priceCurrency,
                    reference: '',
                  }
                : null,
            })
          }
        />
        Cash on delivery
      </label>
      {cod ? (
        <>
          <NumberField
            path="cashOnDelivery.amount"
            label="Amount to collect"
            value={cod.amount}
            disabled={disabled}
            error={problems.error('cashOnDelivery.amount')}
            onChange={(amount) => edit({ cashOnDelivery: { ...cod, amount } })}
          />
          <TextField
            path="cashOnDelivery.currencyCode"
            label="Collect in currency"
            value={cod.currencyCode}
            disabled={disabled}
            error={problems.error('cashOnDelivery.currencyCode')}
            onChange={(value) =>
              edit({
                cashOnDelivery: {
                  ...cod,
                  currencyCode: value.toUpperCase().slice(0, 3),
                },
              })
            }
          />
        </>
      ) : null}
      <div className="field span-2">
        <label htmlFor="draft-comments">Comments</label>
        <textarea
          id="draft-comments"
          name="comments"
          rows={2}
          value={content.comments}
          disabled={disabled}
          aria-invalid={problems.error('comments') ? true : undefined}
          onChange={(event) => edit({ comments: event.target.value })}
        />
        {problems.error('comments') ? (
          <span className="field-problem">{problems.error('comments')}</span>
        ) : null}
      </div>
      <label className="checkbox span-2">
        <input
          type="checkbox"
          checked={content.test}
          disabled={disabled}
          onChange={(event) => edit({ test: event.target.checked })}
        />
        Test order (the warehouse does not ship it)
      </label>
    </fieldset>
  );
}

/** The editor of the open draft. */
export function DraftEditor() {
  const open = useDraftsStore((state) => state.open);
  const actionProblems = useDraftsStore((state) => state.problems);
  const saving = useDraftsStore((state) => state.saving);
  const { edit, send, remove } = useDraftsStore.getState();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [sendPressed, setSendPressed] = useState(false);
  const openId = open?.id;
  useEffect(() => {
    setTouched(new Set());
    setSendPressed(false);
  }, [openId]);
  if (!open)
    return (
      <aside className="detail-pane empty" aria-label="Draft">
        Open a draft, or start a new one.
      </aside>
    );

  const all = showsAllProblems(open.state, sendPressed, actionProblems);
  const problems = gateProblems(
    problemsOf(open, actionProblems),
    (field) => all || touched.has(field),
  );
  // Typing in a field or leaving it (both bubble) marks it reached, so its errors may show.
  const markTouched = (target: EventTarget) => {
    const name = target instanceof HTMLElement ? target.getAttribute('name') : null;
    if (name && !touched.has(name)) setTouched(new Set([...touched, name]));
  };
  const { content } = open;
  const disabled = open.state === 'sent' || open.kind === 'cancel';
  const referenceFixed = open.state !== 'draft' || open.kind !== 'new';
  const change = (part: Partial<DraftContent>) => edit((current) => ({ ...current, ...part }));
  const title =
    open.kind === 'cancel'
      ? `Cancellation request for ${content.reference}`
      : open.kind === 'edit'
        ? `Change order ${content.reference}`
        : 'Order draft';

  return (
    <aside
      className="detail-pane draft-editor"
      aria-label="Draft"
      onBlur={(event) => markTouched(event.target)}
      onInput={(event) => markTouched(event.target)}
    >
      <div className="detail-title">
        <h2>{title}</h2>
        <span className={`badge draft-state state-${open.state}`}>
          {DRAFT_STATE_LABEL[open.state]}
        </span>
      </div>
      {open.message ? (
        <div className="notice notice-warning" role="status">
          {open.message}
        </div>
      ) : null}
      <TextField
        path="reference"
        label="Reference"
        required
        value={content.reference}
        disabled={referenceFixed}
        error={problems.error('reference')}
        onChange={(reference) => change({ reference })}
      />
      <CustomerFields
        content={content}
        disabled={disabled}
        problems={problems}
        edit={(part) => change({ customer: { ...content.customer, ...part } })}
      />
      <DraftLines
        lines={content.orderLines}
        disabled={disabled}
        problems={problems}
        onChange={(orderLines) => change({ orderLines })}
      />
      <OrderFields content={content} disabled={disabled} problems={problems} edit={change} />
      <DraftDocuments
        documents={content.documents}
        disabled={disabled}
        problems={problems}
        onChange={(documents) => change({ documents })}
      />
      <div className="form-actions">
        {open.state === 'draft' ? (
          <button
            type="button"
            className="button primary"
            onClick={() => {
              setSendPressed(true);
              void send();
            }}
          >
            {open.kind === 'cancel' ? 'Request cancellation' : 'Send'}
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => void remove()}>
          Delete draft
        </button>
        <span className="muted small" role="status">
          {saving ? 'Saving…' : 'Saved on this computer'}
        </span>
      </div>
    </aside>
  );
}
