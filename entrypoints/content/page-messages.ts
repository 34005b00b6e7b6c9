/** The popup's and the keyboard commands' messages about the page and its overlay (notes: ./note-actions.ts). */
import { isIndex, isQuoteCommand, isSpeakerStepRequest } from '@/utils/protocol';
import { onMessage } from '@/utils/messaging';
import type { ContentController } from './controller';
import { readerPhase } from './reader-state';

export function answerPageMessages(controller: ContentController): void {
  onMessage('getPage', async () => {
    await controller.settled();
    if (!controller.page && !controller.state.paused) await controller.start();
    return controller.view();
  });
  onMessage('analyzeAnyway', async () => {
    controller.apply({ type: 'force' });
    await controller.start();
    return controller.view();
  });
  onMessage('articleText', () => controller.page?.analysis.text || null);
  onMessage('scrollToSection', ({ data }) => {
    const { overlay, page } = controller;
    if (!overlay || !page || !isIndex(data, page.sectionElements.length)) return false;
    overlay.scrollToSection(data);
    return true;
  });
  onMessage('stepSpeaker', ({ data }) => {
    const { overlay, page } = controller;
    if (!overlay || !page || !isSpeakerStepRequest(data, page.analysis.speakers.length)) return null;
    return overlay.stepSpeaker(data.speaker, data.direction);
  });
  onMessage('quoteCommand', ({ data }) => !!controller.overlay && isQuoteCommand(data) && controller.overlay.command(data));
  onMessage('toggleOverlay', async () => {
    if (readerPhase(controller.state) === 'shown') {
      controller.hide();
      return false;
    }
    controller.apply({ type: 'unhide' });
    await controller.start();
    return controller.overlay !== null;
  });
}
