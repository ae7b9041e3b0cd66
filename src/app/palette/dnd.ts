/** The drag-and-drop format a palette item carries: the template id. */
export const TEMPLATE_MIME = 'application/x-podsmith-template';
/** The drag-and-drop format of an external endpoint item: its kind. */
export const EXTERNAL_MIME = 'application/x-podsmith-external';
