// The browser app's entry: lays out the page, mounts every panel on the shared state, and starts the first comparison.

import { createController } from './app/controller.ts';
import { mountPage } from './app/ui/page.ts';

const controller = createController(location.hash);
mountPage(document, controller);
controller.actions.runAll();
