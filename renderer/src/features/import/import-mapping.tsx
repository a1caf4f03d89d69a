// Which product field each column of the file fills: detected automatically,
// changed by hand, or taken from a saved profile. Presentational: plain props
// in, callbacks out.
import { useState } from 'react';
import type { ImportPreview } from '../../../../shared/contract/import.js';
import type { ProductField } from '../../../../shared/domain/product.js';
import type { MappingProfile } from './import-store.js';
import { FIELD_CHOICES } from './import-labels.js';

/** Props of the mapping table. */
export interface ImportMappingProps {
  columns: ImportPreview['columns'];
  unknownHeaders: string[];
  profiles: MappingProfile[];
  disabled: boolean;
  onMap(header: string, field: ProductField | null): void;
  onUseProfile(name: string): void;
  onSaveProfile(name: string): void;
  onDeleteProfile(name: string): void;
}

const SOURCE_TEXT = { auto: 'recognised', manual: 'your choice', none: 'not imported' };

/** The header → field table with the profile controls above it. */
export function ImportMapping(props: ImportMappingProps) {
  return (
    <section className="import-card" aria-labelledby="import-mapping-title">
      <h2 id="import-mapping-title">Columns</h2>
      <ProfileControls {...props} />
      <table className="mini-table">
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">Product field</th>
            <th scope="col">How</th>
          </tr>
        </thead>
        <tbody>
          {props.columns.map((column) => (
            <tr key={column.index}>
              <td className="mono">{column.header || `(column ${column.index + 1})`}</td>
              <td>
                <select
                  aria-label={`Field for ${column.header}`}
                  value={column.field ?? ''}
                  disabled={props.disabled}
                  onChange={(event) =>
                    props.onMap(column.header, (event.target.value || null) as ProductField | null)
                  }
                >
                  <option value="">Do not import</option>
                  {FIELD_CHOICES.map((choice) => (
                    <option key={choice.value} value={choice.value}>
                      {choice.label}
                    </option>
                  ))}
                </select>
              </td>
              <td className="small muted">{SOURCE_TEXT[column.source]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.unknownHeaders.length > 0 ? (
        <p className="small muted">
          Not recognised, so not imported unless you choose a field:{' '}
          {props.unknownHeaders.join(', ')}
        </p>
      ) : null}
    </section>
  );
}

function ProfileControls(props: ImportMappingProps) {
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState('');
  return (
    <div className="toolbar import-profiles">
      <select
        aria-label="Saved mapping"
        value={chosen}
        disabled={props.disabled || props.profiles.length === 0}
        onChange={(event) => {
          setChosen(event.target.value);
          if (event.target.value) props.onUseProfile(event.target.value);
        }}
      >
        <option value="">
          {props.profiles.length ? 'Use a saved mapping…' : 'No saved mappings'}
        </option>
        {props.profiles.map((profile) => (
          <option key={profile.name} value={profile.name}>
            {profile.name}
          </option>
        ))}
      </select>
      {chosen ? (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            props.onDeleteProfile(chosen);
            setChosen('');
          }}
        >
          Delete
        </button>
      ) : null}
      <input
        aria-label="Mapping name"
        placeholder="Name this mapping…"
        maxLength={80}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <button
        type="button"
        className="button"
        disabled={props.disabled || name.trim() === ''}
        onClick={() => {
          props.onSaveProfile(name.trim());
          setChosen(name.trim());
          setName('');
        }}
      >
        Save mapping
      </button>
    </div>
  );
}
