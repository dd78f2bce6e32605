/** Closes the `<dialog>` it sits in, without script: a form whose method is "dialog". */
export function DialogClose() {
  return (
    <form method="dialog">
      <button type="submit" className="header-button">
        Close
      </button>
    </form>
  );
}
