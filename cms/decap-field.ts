/** One Decap field, as written to `config.yml`. */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  default?: unknown;
  /** Decap checks the value against the regular expression and shows the message if it fails. */
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  value_type?: "int" | "float";
  min?: number;
  max?: number;
  step?: number;
  format?: string;
  date_format?: string;
  time_format?: false;
  picker_utc?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  multiple?: boolean;
  fields?: DecapField[];
  label_singular?: string;
  choose_url?: boolean;
  /** Decap's own upload check: files over `max_file_size` bytes are refused. */
  media_library?: { max_file_size: number };
  sanitize_preview?: boolean;
  /** Markdown widget: editing modes, toolbar buttons and the components it may insert. */
  modes?: ("rich_text" | "raw")[];
  buttons?: string[];
  editor_components?: string[];
}
