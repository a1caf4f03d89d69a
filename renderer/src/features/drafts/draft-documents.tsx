// Documents of a draft: a URL, or a file read into base64 here in the renderer
// (the file never leaves the machine except inside the order). Presentational.
import type { DraftDocument } from '../../../../shared/domain/draft.js';
import { TextField } from './field.js';
import type { ProblemMap } from './draft-problems.js';

const NEW_DOCUMENT: DraftDocument = { type: 'receipt', url: '', fileName: '', base64Content: '' };

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** The documents editor. */
export function DraftDocuments(props: {
  documents: DraftDocument[];
  disabled: boolean;
  problems: ProblemMap;
  onChange(documents: DraftDocument[]): void;
}) {
  const { documents, disabled, problems } = props;
  const change = (index: number, doc: Partial<DraftDocument>) =>
    props.onChange(
      documents.map((current, at) => (at === index ? { ...current, ...doc } : current)),
    );

  return (
    <fieldset className="draft-documents" aria-label="Documents">
      <legend>Documents</legend>
      {documents.map((doc, index) => (
        <div className="draft-line" key={index}>
          <TextField
            path={`documents.${index}.type`}
            label="Type"
            value={doc.type}
            disabled={disabled}
            error={problems.error(`documents.${index}.type`)}
            onChange={(type) => change(index, { type })}
          />
          <TextField
            path={`documents.${index}.url`}
            label="URL"
            value={doc.url}
            disabled={disabled || doc.fileName !== ''}
            error={problems.error(`documents.${index}.url`)}
            onChange={(url) => change(index, { url })}
          >
            <label className="file-pick">
              {doc.fileName ? `File: ${doc.fileName}` : 'or attach a file'}
              <input
                type="file"
                disabled={disabled}
                onChange={async (event) => {
                  const file = event.target.files?.[0];
                  if (file)
                    change(index, {
                      fileName: file.name,
                      url: '',
                      base64Content: await readBase64(file),
                    });
                }}
              />
            </label>
          </TextField>
          <button
            type="button"
            className="link-button"
            disabled={disabled}
            aria-label={`Remove document ${index + 1}`}
            onClick={() => props.onChange(documents.filter((_, at) => at !== index))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button"
        disabled={disabled}
        onClick={() => props.onChange([...documents, NEW_DOCUMENT])}
      >
        Add document
      </button>
    </fieldset>
  );
}
