/** The <option>s of a select over an enum, named in Russian (app/labels.ts), after an optional "any". */
export const Options = ({ names, any }: { names: Record<string, string>; any?: string }) => (
  <>
    {any !== undefined && <option value="">{any}</option>}
    {Object.entries(names).map(([value, text]) => (
      <option key={value} value={value}>
        {text}
      </option>
    ))}
  </>
);
