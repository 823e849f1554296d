import type { AstroIntegration } from "astro";
import { PAGE_PATHS } from "../lib/urls";

/**
 * The CMS lives in `public/admin/`. Static hosts serve its `index.html` at `/admin/`, but
 * Astro's dev server does not serve folder indexes from `public/`, so `npm run cms` would 404.
 */
export function adminInDev(): AstroIntegration {
  return {
    name: "dan-van-kheo:admin-dev",
    hooks: {
      "astro:server:setup": ({ server }) => {
        server.middlewares.use((request, _response, next) => {
          if (request.url === PAGE_PATHS.admin || `${request.url ?? ""}/` === PAGE_PATHS.admin) {
            request.url = `${PAGE_PATHS.admin}index.html`;
          }
          next();
        });
      },
    },
  };
}
