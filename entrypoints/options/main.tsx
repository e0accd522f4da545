import { render } from 'preact';
import { i18n } from '#i18n';
import '../../src/ui/shared/theme.css';
import '../../src/ui/options/options.css';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { localizePage } from '../../src/ui/shared/page-language';

localizePage(i18n.t('options.title'));
render(<OptionsApp />, document.getElementById('app')!);
