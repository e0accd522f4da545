import { render } from 'preact';
import { i18n } from '#i18n';
import '../../src/ui/shared/theme.css';
import '../../src/ui/popup/popup.css';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { localizePage } from '../../src/ui/shared/page-language';

localizePage(i18n.t('extName'));
render(<PopupApp />, document.getElementById('app')!);
