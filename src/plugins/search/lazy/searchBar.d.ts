// The local search plugin's SearchBar, imported by path (it has no types of its own there).
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar' {
  import type {ComponentType} from 'react';
  const SearchBar: ComponentType<Record<string, unknown>>;
  export default SearchBar;
}
