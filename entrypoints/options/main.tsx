import { render } from 'preact';
import '../../src/ui/shared/theme.css';
import '../../src/ui/options/options.css';
import { OptionsApp } from '../../src/ui/options/OptionsApp';

render(<OptionsApp />, document.getElementById('app')!);
