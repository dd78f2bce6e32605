// The stylesheets every page loads, in order: the design tokens as custom properties, then the page's own.
import 'virtual:design-tokens.css';
import './app.css';
