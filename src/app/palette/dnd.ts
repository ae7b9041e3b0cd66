/** The drag-and-drop format a palette item carries: the template id. */
export const TEMPLATE_MIME = 'application/x-podsmith-template';
/** The drag-and-drop format of an external endpoint item: its kind. */
export const EXTERNAL_MIME = 'application/x-podsmith-external';
/** The role a custom palette item gives its container (a template that may take any role). */
export const ROLE_MIME = 'application/x-podsmith-role';
