/** The drag-and-drop format a palette item carries: the template id. */
export const TEMPLATE_MIME = 'application/x-podsmith-template';
