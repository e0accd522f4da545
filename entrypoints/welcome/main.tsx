import { render } from 'preact';
import { i18n } from '#i18n';
import '../../src/ui/shared/theme.css';
import '../../src/ui/welcome/welcome.css';
import { localizePage } from '../../src/ui/shared/page-language';
import { WelcomeApp } from '../../src/ui/welcome/WelcomeApp';

localizePage(i18n.t('welcome.title'));
render(<WelcomeApp />, document.getElementById('app')!);
