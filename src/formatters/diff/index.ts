export { diffText, whatText } from './text.js';
export { diffJson, jsonChange } from './json.js';
export { diffMarkdown, md } from './markdown.js';
