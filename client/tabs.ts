/** Accessible tabs: arrow keys move between tabs, Tab moves into the panel. */
import { h } from "./dom.js";
import { t, type StringKey } from "./strings.js";

export interface Tab {
  id: string;
  label: StringKey;
  el: HTMLElement;
}

export interface Tabs {
  el: HTMLElement;
  /** The tab shown now. */
  readonly selected: string;
  select(id: string): void;
}

/** `onSelect` hears every tab shown, by click or keyboard (a replay catches its panel up then). */
export function tabs(items: Tab[], onSelect: (id: string) => void = () => undefined): Tabs {
  const list = h("div", { role: "tablist", class: "tabs", "aria-label": t("tabs.label") });
  const panels: HTMLElement[] = [];
  const buttons: HTMLButtonElement[] = [];
  let selected = items[0].id;
  const select = (id: string, focus = false) => {
    selected = id;
    items.forEach((it, i) => {
      const on = it.id === id;
      buttons[i].setAttribute("aria-selected", String(on));
      buttons[i].tabIndex = on ? 0 : -1;
      panels[i].hidden = !on;
      if (on && focus) buttons[i].focus();
    });
    onSelect(id);
  };
  items.forEach((it) => {
    const b = h("button", {
      type: "button",
      role: "tab",
      id: `tab-${it.id}`,
      "aria-controls": `tabpanel-${it.id}`,
      text: t(it.label),
    });
    b.addEventListener("click", () => select(it.id));
    b.addEventListener("keydown", (e) => {
      const d = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
      // A hidden tab (the facilitator's guide on other seats) is skipped, never landed on.
      const shown = items.filter((_, j) => !buttons[j].hidden);
      const at = shown.indexOf(it);
      if (e.key === "Home") select(shown[0].id, true);
      else if (e.key === "End") select(shown[shown.length - 1].id, true);
      else if (d) select(shown[(at + d + shown.length) % shown.length].id, true);
      else return;
      e.preventDefault();
    });
    buttons.push(b);
    list.appendChild(b);
    panels.push(
      h(
        "div",
        {
          role: "tabpanel",
          id: `tabpanel-${it.id}`,
          class: "tabpanel",
          "aria-labelledby": `tab-${it.id}`,
          tabindex: 0,
        },
        it.el,
      ),
    );
  });
  select(items[0].id);
  return {
    el: h("aside", { class: "panels" }, list, ...panels),
    get selected() {
      return selected;
    },
    select: (id) => select(id),
  };
}
