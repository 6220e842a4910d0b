import {defineConfig} from 'vite';
import vue from '@vitejs/plugin-vue';

// The koske-* tags are custom elements, not Vue components: Vue leaves them to the browser.
export default defineConfig({
  plugins: [vue({template: {compilerOptions: {isCustomElement: (tag) => tag.startsWith('koske-')}}})],
});
