// Desktop (Node) extension host entry.
export { activate, deactivate } from './activate';
