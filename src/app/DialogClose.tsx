import { useI18n } from '../i18n/useI18n';

/** Closes the `<dialog>` it sits in, without script: a form whose method is "dialog". */
export function DialogClose() {
  const { t } = useI18n();
  return (
    <form method="dialog">
      <button type="submit" className="header-button">
        {t('dialog.close')}
      </button>
    </form>
  );
}
