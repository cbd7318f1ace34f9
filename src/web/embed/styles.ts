// The stylesheet of an embedded dashboard: the app's own CSS (and the date picker's) scoped for
// its shadow root, after a reset that keeps the host page's inherited styles out.
import pickerCss from 'react-day-picker/style.css?inline';
import appCss from '../styles/app.css?inline';
import { RESET, scopeCss } from './scoped-css.js';

export const EMBED_CSS = RESET + scopeCss(pickerCss) + scopeCss(appCss);
