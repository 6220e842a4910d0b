import {createApp} from 'vue';
import 'koske-widgets';
// The three tags in Vue's GlobalComponents, so that vue-tsc (strictTemplates) checks their attributes and events.
import type {} from 'koske-widgets/vue';
import App from './App.vue';

createApp(App).mount('#app');
