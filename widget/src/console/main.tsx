/** Console entry: the moderator console's single page, rendered into `#console` of index.html (which links the stylesheet). */
import { render } from 'preact';
import { ConsoleApp } from './app.js';
import { apiBase } from './preferences.js';

const root = document.getElementById('console');
if (root) render(<ConsoleApp base={apiBase()} />, root);
