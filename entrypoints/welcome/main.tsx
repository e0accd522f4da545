import { render } from 'preact';
import '../../src/ui/shared/theme.css';
import '../../src/ui/welcome/welcome.css';
import { WelcomeApp } from '../../src/ui/welcome/WelcomeApp';

render(<WelcomeApp />, document.getElementById('app')!);
