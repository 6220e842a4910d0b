// How Vue's component registry sees the tags: each @ts-expect-error must stay an error (else tsc fails on it too).
import type {KoskeLoadEvent} from 'koske-widgets';
import type {} from 'koske-widgets/vue';
import type {GlobalComponents} from 'vue';

type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const card: PropsOf<'koske-org-card'> = {data: {name: 'Yhdessä'}, lang: 'sv', headingLevel: 3, onKoskeLoad: (event: KoskeLoadEvent) => event.detail.name};
export const list: PropsOf<'koske-municipality-list'> = {src: '/data/org.json', onKoskeError: (event) => event.detail.reason};
// @ts-expect-error: only full and compact
export const block: PropsOf<'koske-contact-block'> = {variant: 'wide'};
